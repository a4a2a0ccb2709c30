/** The starting points shipped in `frameworks/`, each a valid framework written for Pathways. */
export const galleryFrameworks = [
  {
    id: "product-management",
    name: "Product management, full framework",
    description:
      "Associate PM to CPO, an individual-contributor track and product-adjacent roles, with 14 competencies.",
  },
  {
    id: "minimal-pm-ladder",
    name: "Minimal product management ladder",
    description: "Four levels from Associate PM to Lead PM and five competencies, on one track.",
  },
  {
    id: "engineering-ladder",
    name: "Software engineering ladder",
    description:
      "Associate Engineer to Principal Engineer, and a management branch up to Director of Engineering.",
  },
] as const;

/** A starting point's id, which is also its file name in `frameworks/` (without `.yaml`). */
export type GalleryFrameworkId = (typeof galleryFrameworks)[number]["id"];

/** The ids of the starting points, for schemas and options. */
export const galleryFrameworkIds = galleryFrameworks.map((item) => item.id) as [
  GalleryFrameworkId,
  ...GalleryFrameworkId[],
];
