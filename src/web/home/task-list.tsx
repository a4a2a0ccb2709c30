import type { Home, Task } from "../api/types.ts";
import { Link } from "../router/link.tsx";
import { homeDate } from "./home-date.ts";

function when(task: Task, today: string): string | null {
  if (task.due === null) return null;
  return task.due <= today
    ? `Came up on ${homeDate(task.due)}`
    : `Comes up on ${homeDate(task.due)}`;
}

/** What to do next: each task as a link to where it is done, soonest first. */
export function TaskList({ tasks, today }: { tasks: Home["tasks"]; today: string }) {
  return (
    <section className="card home-tasks" aria-labelledby="home-tasks-heading">
      <h2 id="home-tasks-heading">What to do next</h2>
      {tasks.items.length === 0 ? (
        <p>
          Nothing is waiting for you. A good moment to <Link to="/evidence">log some evidence</Link>{" "}
          or ask a colleague for feedback below.
        </p>
      ) : (
        <ol className="home-task-list">
          {tasks.items.map((task) => {
            const date = when(task, today);
            return (
              <li key={`${task.kind}:${task.title}:${task.detail}`}>
                <Link to={task.href}>{task.title}</Link>
                <span className="home-task-detail">{task.detail}</span>
                {date ? <span className="meta">{date}</span> : null}
              </li>
            );
          })}
        </ol>
      )}
      {tasks.total > tasks.items.length ? (
        <p className="meta">
          {tasks.total - tasks.items.length} more after these; they show here as you finish these.
        </p>
      ) : null}
    </section>
  );
}
