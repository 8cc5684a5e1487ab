import type { FieldSpec, SpecType, Unchecked } from "./field-spec.js";

const focalPoint = {
  type: "object",
  description: "The person who answers for this entity's contribution.",
  properties: {
    name: { type: "string", description: "Full name." },
    email: {
      type: "string",
      description: "E-mail address.",
      pattern: "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$",
      patternHint: "an e-mail address such as jdoe@unicef.org",
    },
    github: {
      type: "string",
      description: "GitHub user name (for CODEOWNERS).",
      pattern: "^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$",
      patternHint: "a GitHub user name such as jdoe",
    },
  },
} as const satisfies FieldSpec;

const entityCode = {
  type: "string",
  description:
    "The entity's acronym as used in the report, e.g. UNICEF or UN-HABITAT.",
  pattern: "^[A-Z][A-Za-z0-9-]*$",
  patternHint: "an acronym such as UNICEF or UN-HABITAT",
} as const satisfies FieldSpec;

/** Front-matter keys of a contribution (and top-level keys of a `.yaml` contribution, plus `sections`). */
export const contributionFrontMatterSpec = {
  type: "object",
  description:
    "A contribution to the report: who sends it, and for which year.",
  properties: {
    entity: entityCode,
    year: {
      type: "integer",
      description: "The year of the report this contribution is for.",
      minimum: 1900,
      maximum: 2999,
    },
    focal_point: focalPoint,
    submitted: {
      type: "date",
      description:
        "The date the contribution was submitted (used for lateness outside git).",
    },
  },
  required: ["entity", "year"],
} as const satisfies FieldSpec;

export const yamlContributionSpec = {
  ...contributionFrontMatterSpec,
  description:
    "A contribution written as YAML: the front-matter keys plus `sections`.",
  properties: {
    ...contributionFrontMatterSpec.properties,
    sections: {
      type: "object",
      description:
        "Outline section id or title -> the Markdown text for that section.",
      properties: {},
      additional: {
        type: "string",
        description: "Markdown text for the section.",
      },
    },
  },
  required: ["entity", "year", "sections"],
} as const satisfies FieldSpec;

export const ruleSettingSpec = {
  type: "enum",
  description: "How a rule is reported.",
  values: ["off", "warning", "error"],
} as const satisfies FieldSpec;

export const reportConfigSpec = {
  type: "object",
  description:
    "The settings of one annual edition of the report (contributions/<year>/report.yaml).",
  properties: {
    year: {
      type: "integer",
      description: "Year of the report.",
      minimum: 1900,
      maximum: 2999,
    },
    template: {
      type: "string",
      description:
        "Outline: a preset name (templates/<name>.yaml) or a path relative to report.yaml.",
    },
    symbol: {
      type: "string",
      description:
        "Document symbol, e.g. S/2004/814; S/2004/... while unknown.",
      pattern: "^S/\\d{4}/(\\d+|\\.\\.\\.)\\*?$",
      patternHint:
        "a Security Council symbol such as S/2004/814 (or S/2004/... while unknown)",
    },
    title: { type: "string", description: "Title printed on the masthead." },
    subtitle: {
      type: "string",
      description:
        'Line under the title; default "Report of the Secretary-General".',
    },
    date: {
      type: "date",
      description: "Date printed on the masthead; also the DOCX's timestamps.",
    },
    deadline: { type: "date", description: "Date contributions are due." },
    word_limit: {
      type: "integer",
      description: "Word limit of the whole report (default 8500).",
      minimum: 1,
    },
    contribution_word_limit: {
      type: "integer",
      description: "Word limit of one contribution (default 1500).",
      minimum: 1,
    },
    job_number: {
      type: "string",
      description:
        'DGACM job number for the first-page footer, e.g. "04-53453 (E)".',
      pattern: "^\\d{2}-\\d{5} \\([A-Z]\\)$",
      patternHint: "a job number such as 04-53453 (E)",
    },
    bar_code: {
      type: "enum",
      description:
        'code39: print the job number\'s bar-code line ("*0453453*", Code 39) under it on the first page, as New York documents of the period do (needs job_number); none (default): no bar code.',
      values: ["code39", "none"],
    },
    paper: {
      type: "enum",
      description:
        "Paper size of the draft: letter (New York documents) or a4 (Geneva, Vienna, Nairobi). Default: letter when job_number is given (job numbers are New York's), else a4.",
      values: ["a4", "letter"],
    },
    organ: {
      type: "string",
      description: 'Organ on the masthead; default "Security Council".',
    },
    distribution: {
      type: "enum",
      description: "Distribution category.",
      values: ["General", "Limited", "Restricted"],
    },
    original_language: {
      type: "string",
      description: 'Original language; default "English".',
    },
    entities: {
      type: "array",
      description: "Who is expected to contribute this year.",
      items: {
        type: "object",
        description: "One contributing entity.",
        properties: {
          code: entityCode,
          name: {
            type: "string",
            description: "Full name, as printed in the contributors footnote.",
          },
          kind: {
            type: "enum",
            description: "Role in the report.",
            values: ["member", "observer", "task-manager", "member-state"],
          },
          focal_point: focalPoint,
          deadline: {
            type: "date",
            description:
              "This entity's own deadline (an extension), instead of the edition's `deadline`.",
          },
          word_limit: {
            type: "integer",
            description:
              "This entity's word budget, instead of `contribution_word_limit`.",
            minimum: 1,
          },
        },
        required: ["code", "name", "kind"],
      },
    },
    rules: {
      type: "object",
      description: "Rule id -> off | warning | error.",
      properties: {},
      additional: ruleSettingSpec,
    },
  },
  required: ["year", "template", "symbol", "title", "date", "entities"],
} as const satisfies FieldSpec;

const outlineId = {
  type: "string",
  description: "Stable id contributions may use as heading.",
  pattern: "^[a-z0-9][a-z0-9-]*$",
  patternHint: "a lower-case id such as peace-processes",
} as const satisfies FieldSpec;

export const outlineSectionSpec = {
  type: "object",
  description: "A section of a chapter (lettered A, B, ...).",
  properties: {
    id: outlineId,
    title: { type: "string", description: "Heading, in sentence case." },
    style: {
      type: "enum",
      description:
        "recommendations: paragraphs and their numbers in bold; normal: plain. Default: the chapter's style.",
      values: ["normal", "recommendations"],
    },
  },
  required: ["id", "title"],
} as const satisfies FieldSpec;

export const outlineSpec = {
  type: "object",
  description: "The report's outline (templates/<name>.yaml).",
  properties: {
    name: { type: "string", description: "Preset name." },
    chapters: {
      type: "array",
      description: "Chapters, numbered I, II, III ...",
      items: {
        type: "object",
        description: "A chapter.",
        properties: {
          id: outlineId,
          title: { type: "string", description: "Heading, in sentence case." },
          text: {
            type: "string",
            description:
              "Boilerplate Markdown placed before the chapter's sections.",
          },
          style: {
            type: "enum",
            description:
              "recommendations: paragraphs and their numbers in bold (sections may say otherwise).",
            values: ["normal", "recommendations"],
          },
          sections: {
            type: "array",
            description: "Sections A, B, ...",
            items: outlineSectionSpec,
          },
        },
        required: ["id", "title"],
      },
    },
    order: {
      type: "array",
      description: "Order of entities inside a section.",
      items: entityCode,
    },
  },
  required: ["chapters"],
} as const satisfies FieldSpec;

/** A contribution's front matter, checked. */
export type ContributionFrontMatter = SpecType<
  typeof contributionFrontMatterSpec
>;

/** A contribution's front matter (or a `.yaml` contribution's top-level keys) as written, before the rules check it. */
export type FrontMatterData = Unchecked<typeof yamlContributionSpec>;

/** report.yaml, checked, in its own (snake_case) keys. */
export type ReportYaml = SpecType<typeof reportConfigSpec>;

/** An outline template, checked. */
export type OutlineYaml = SpecType<typeof outlineSpec>;
