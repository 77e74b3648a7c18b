import { defineCollection, z } from 'astro:content';
import { glob } from 'astro/loaders';

// The blog starter's schema: dates coerced with JavaScript's Date, an optional hero image path.
const blog = defineCollection({
  loader: glob({ base: './src/content/blog', pattern: '**/*.{md,mdx}' }),
  schema: z.object({
    title: z.string(),
    pubDate: z.coerce.date(),
    heroImage: z.string().optional(),
  }),
});

export const collections = { blog };
