/** `data/creators/<id>.yaml`: an organisation that makes models. The file name is the id. */
import { z } from 'astro/zod';
import { HttpsUrl, expected, oneLine } from './fields.ts';

export const Creator = z
  .strictObject({
    name: oneLine(80).describe('Display name, as the organisation writes it: "Mistral AI", "xAI".'),
    url: HttpsUrl.describe('Home page of the organisation.'),
    country: z
      .string(expected('a two-letter country code such as US or FR'))
      .regex(
        /^[A-Z]{2}$/,
        expected('a two-letter country code (ISO 3166-1 alpha-2) such as US or FR'),
      )
      .optional()
      .describe(
        'Country of the headquarters, as an ISO 3166-1 alpha-2 code; left out when no public source says.',
      ),
    logo: z
      .string(expected('a path under public/, such as /logos/openai.svg'))
      .regex(/^\/logos\/[a-z0-9.-]+\.svg$/, expected('a path such as /logos/openai.svg'))
      .optional()
      .describe('Path of the logo inside public/, an SVG: /logos/<id>.svg.'),
    summary: oneLine(200).optional().describe('One sentence on who they are, written by us.'),
  })
  .describe('An organisation that makes models. The file name is its id.');

export type Creator = z.infer<typeof Creator>;
