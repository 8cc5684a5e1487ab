// A realistic hand-built report: three chapters, a dozen numbered paragraphs,
// footnotes, subparagraphs, a table, a figure, a quote and recommendations.
import type { Report } from "../../src/model.js";
import {
  footnote,
  list,
  listBlock,
  makeReport,
  paragraph,
  pngAsset,
  source,
  text,
} from "./report.js";

const OUTLINE = "templates/sg-report.yaml";

export function sampleReport(): Report {
  const unicef = (line: number) => source("UNICEF", line);
  const dpko = (line: number) => source("DPKO", line);
  const undp = (line: number) => source("UNDP", line);
  const outline = (line: number) => source(undefined, line, OUTLINE);
  return makeReport(
    [
      {
        id: "introduction",
        numeral: "I",
        title: "Introduction",
        style: "normal",
        sections: [],
        blocks: [
          paragraph(
            [
              text(
                "The present report is submitted pursuant to the statement by the President of the Security Council of 31 October 2002 (S/PRST/2002/32), in which the Council requested the Secretary-General to report on the implementation of resolution 1325 (2000).",
              ),
              { type: "footnote", number: 1 },
            ],
            outline(5),
          ),
          paragraph(
            [
              text(
                "The report draws on contributions from entities of the United Nations system",
              ),
              { type: "footnote", number: 2 },
              text(
                " and covers the period from October 2003 to September 2004.",
              ),
            ],
            outline(7),
          ),
        ],
      },
      {
        id: "implementation",
        numeral: "II",
        title: "Implementation of resolution 1325 (2000)",
        style: "normal",
        blocks: [],
        sections: [
          {
            id: "conflict-prevention",
            letter: "A",
            title: "Conflict prevention",
            blocks: [
              paragraph(
                "Women's organizations continued to play a part in early warning, although their analyses were seldom taken up in formal prevention mechanisms.",
                undp(12),
              ),
              paragraph(
                "UNICEF supported community networks in three regions, whose work included:",
                unicef(14),
              ),
              listBlock(
                list(true, [
                  "Training of adolescent girls in mediation;",
                  [
                    "Support to women's groups monitoring local tensions, through:",
                    list(true, ["small grants;", "radio programmes;"]),
                  ],
                  "Collection of data disaggregated by sex and age.",
                ]),
                unicef(16),
              ),
            ],
          },
          {
            id: "peacekeeping",
            letter: "B",
            title: "Peacekeeping operations",
            blocks: [
              paragraph(
                [
                  text(
                    "The Department of Peacekeeping Operations deployed gender advisers to ten missions.",
                  ),
                  { type: "footnote", number: 3 },
                  text(
                    " The number of women among civilian staff is shown below.",
                  ),
                ],
                dpko(9),
              ),
              {
                kind: "table",
                align: ["left", "right", "right"],
                header: [
                  [text("Mission")],
                  [text("Women")],
                  [text("Per cent")],
                ],
                rows: [
                  [[text("MONUC")], [text("212")], [text("27")]],
                  [[text("UNAMSIL")], [text("98")], [text("24")]],
                  [[text("UNMIL")], [text("143")], [text("31")]],
                ],
                source: dpko(12),
              },
              paragraph(
                "Training on gender issues was given to new mission staff before deployment.",
                dpko(18),
              ),
              {
                kind: "figure",
                image: {
                  file: "contributions/2004/dpko-chart.png",
                  alt: "Women in peacekeeping missions, 2004",
                },
                source: dpko(20),
              },
              paragraph(
                [
                  text("A checklist prepared with the "),
                  {
                    type: "link",
                    url: "https://www.un.org/womenwatch/osagi/",
                    children: [text("Office of the Special Adviser")],
                  },
                  text(
                    " sets out the steps each mission takes, in the words of one mission:",
                  ),
                ],
                dpko(22),
              ),
              {
                kind: "quote",
                paragraphs: [
                  [
                    text(
                      "Gender mainstreaming is the responsibility of every section of the mission, not of the gender adviser alone.",
                    ),
                  ],
                ],
                source: dpko(24),
              },
            ],
          },
          {
            id: "humanitarian",
            letter: "C",
            title: "Humanitarian assistance",
            blocks: [
              listBlock(
                list(false, [
                  "Distribution of food through women in camps for displaced persons",
                  "Separate sanitation facilities for women and girls",
                ]),
                unicef(30),
                true,
              ),
              paragraph(
                [
                  text("Agencies revised their "),
                  {
                    type: "emphasis",
                    children: [
                      text(
                        "Guidelines for Gender-based Violence Interventions in Humanitarian Settings",
                      ),
                    ],
                  },
                  text(", which are available in English, French and Spanish."),
                  { type: "footnote", number: 4 },
                ],
                unicef(34),
              ),
            ],
          },
        ],
      },
      {
        id: "conclusions",
        numeral: "III",
        title: "Conclusions and recommendations",
        style: "recommendations",
        sections: [],
        blocks: [
          paragraph(
            "Progress has been made, but women remain underrepresented in peace processes and in the leadership of missions.",
            outline(40),
          ),
          paragraph(
            "Member States should nominate more women as candidates for senior positions in field missions.",
            outline(42),
          ),
          paragraph("The Security Council may wish to request:", outline(44)),
          listBlock(
            list(true, [
              "An action plan for the system, with time lines;",
              "Annual reports on its implementation.",
            ]),
            outline(45),
          ),
          paragraph(
            [
              text(
                "Entities of the United Nations system should report on their progress in their contributions to the next report.",
              ),
              { type: "footnote", number: 5 },
            ],
            outline(48),
          ),
        ],
      },
    ],
    [
      footnote(
        1,
        "See also the report of the Secretary-General of 16 October 2002 (S/2002/1154).",
      ),
      footnote(2, "DPKO, UNDP and UNICEF."),
      footnote(3, [
        text("Including MONUC, UNAMSIL and UNMIL; see "),
        { type: "emphasis", children: [text("Gender Resource Package")] },
        text("."),
      ]),
      footnote(4, "Inter-Agency Standing Committee, September 2005 draft."),
      footnote(5, "Contributions are due by 31 July each year."),
    ],
    [pngAsset("contributions/2004/dpko-chart.png", 480, 240)],
  );
}
