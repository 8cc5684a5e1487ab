// The draft's look, inline so the file stands alone: a Security Council page
// (Times, 10 pt scaled for screens, the masthead's two rules, hanging
// paragraph numbers) and the attribution that appears on hover or when
// "Show sources" is ticked. No web fonts, nothing fetched.
export const CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #e8e8e8; color: #000; font: 13.5px/1.45 "Times New Roman", Times, "Liberation Serif", serif; }
.toolbar { display: block; position: sticky; top: 0; z-index: 2; background: #f6f6f6; border-bottom: 1px solid #ccc; padding: 6px 12px 6px 36px; font: 13px/1.4 system-ui, sans-serif; cursor: pointer; }
#show-sources { position: fixed; top: 8px; left: 12px; z-index: 3; margin: 0; }
.page { background: #fff; width: 21cm; max-width: 100%; margin: 16px auto; padding: 2cm 2.5cm 2.5cm 2.5cm; box-shadow: 0 1px 4px rgba(0,0,0,.25); }
.masthead { display: grid; grid-template-columns: 1fr 5cm; border-bottom: 3px solid #000; }
.masthead .un { font-size: 14px; align-self: end; border-bottom: 1px solid #000; padding-bottom: 4px; }
.masthead .symbol { font-size: 20px; align-self: end; border-bottom: 1px solid #000; padding-bottom: 4px; }
.masthead .organ { font-size: 20px; font-weight: bold; padding: 6px 0; }
.masthead .distribution { padding: 6px 0; }
.masthead .distribution p { margin: 0; }
.masthead .distribution .original { margin-top: 10px; }
.masthead.with-emblem { grid-template-columns: 1.8cm 1fr 5cm; }
.masthead.with-emblem .un { grid-column: 1 / 3; }
.masthead .emblem { padding: 4px 0; }
.masthead .emblem img { display: block; max-width: 1.5cm; max-height: 1.5cm; }
h1.title { font-size: 17px; font-weight: bold; margin: 24px 0 4px 0; }
p.subtitle { font-size: 14px; font-weight: bold; margin: 0 0 24px 0; }
h2, h3 { font-weight: bold; margin: 20px 0 10px 0; padding-left: 2.5em; text-indent: -2.5em; }
h2 { font-size: 17px; }
h3 { font-size: 14px; }
h2 .label, h3 .label { display: inline-block; width: 2.5em; text-indent: 0; }
.block { position: relative; margin: 0 0 8px 0; padding-left: 2.5em; }
.block p { margin: 0; text-align: justify; }
.block .num { position: absolute; left: 0; }
.block.list .subparagraphs, .block .subparagraphs { margin: 0; }
.subparagraphs { list-style: none; padding: 0; margin: 4px 0 0 0; }
.subparagraphs li { position: relative; padding-left: 2.5em; margin: 4px 0; }
.subparagraphs li > .label { position: absolute; left: 0; }
.subparagraphs.level-2 { margin-left: 0; }
.recommendations .block { font-weight: bold; }
.plain .block { font-weight: normal; }
.annex { margin-top: 48px; border-top: 1px dashed #999; padding-top: 24px; }
h2.annex-heading { text-align: center; padding-left: 0; text-indent: 0; margin-bottom: 4px; }
p.annex-title { text-align: center; font-size: 17px; font-weight: bold; margin: 0 0 16px 0; }
p.annex-original { text-align: right; margin: 0 0 16px 0; }
table { border-collapse: collapse; margin: 6px 0; }
th, td { border: 1px solid #000; padding: 2px 6px; vertical-align: top; }
th { font-weight: bold; }
.align-left { text-align: left; }
.align-center { text-align: center; }
.align-right { text-align: right; }
blockquote { margin: 0 0 0 2em; }
figure { margin: 6px 0; }
caption, figcaption { text-align: left; margin: 0 0 4px 0; }
.caption-label { display: block; }
.caption-title { display: block; font-weight: bold; }
figure img, img.inline-image { max-width: 100%; height: auto; }
sup.fnref { line-height: 0; }
sup.fnref a, .notes a.backref { color: inherit; text-decoration: none; }
sup.fnref a:hover, .notes a.backref:hover { text-decoration: underline; }
.notes { margin-top: 28px; border-top: 1px solid #000; width: 100%; font-size: 12px; }
.notes h2 { font-size: 13px; padding-left: 0; text-indent: 0; }
.notes ol { list-style: none; padding: 0; margin: 0; }
.notes li { position: relative; padding-left: 2.5em; margin: 0 0 4px 0; }
.notes li > .backref { position: absolute; left: 0; }
.notes li p { margin: 0; }
:target { background: #fff3b0; }
.source { display: none; position: absolute; z-index: 1; left: 100%; top: 0; width: 4.6cm; margin-left: 8px; padding: 2px 5px; background: #fffbe6; border: 1px solid #d8c77a; color: #333; font: normal 11px/1.3 system-ui, sans-serif; text-align: left; }
.block:hover > .source, .notes li:hover > .source { display: block; }
#show-sources:checked ~ .page .source { display: block; position: static; width: auto; margin: 2px 0 0 0; }
@media print { body { background: #fff; } .toolbar { display: none; } .page { box-shadow: none; margin: 0; width: auto; padding: 0; } .source { display: none !important; } }
`.trim();
