import { KIND_CSS } from '../diagram/palette.ts';

/** The player's own styles: inside its shadow root, so a docs theme neither breaks them nor is broken by them. */
export const PLAYER_CSS = `
:host { display: block; font: 15px/1.55 system-ui, sans-serif; color: #111827; max-width: 52rem; }
.frame { border: 1px solid #d1d5db; border-radius: 8px; padding: 1rem 1.25rem; background: #fff; }
.crumbs { font-size: 13px; color: #4b5563; margin: 0 0 .5rem; }
h2.node-title { font-size: 1.25rem; margin: .25rem 0 .75rem; outline: none; }
h2.node-title:focus-visible { outline: 2px solid #1a56db; outline-offset: 3px; }
.badge { display: inline-block; font-size: 12px; font-weight: 700; letter-spacing: .04em; padding: .1rem .45rem; border-radius: 4px; margin-right: .2rem; vertical-align: middle; }
${KIND_CSS}
.content h2 { font-size: 1.05rem; margin-top: 1rem; } .content h3 { font-size: 1rem; }
pre { background: #111827; color: #f9fafb; padding: .75rem 1rem; border-radius: 6px; overflow-x: auto; font-size: 13px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: .92em; }
:not(pre) > code { background: #f3f4f6; padding: .05rem .3rem; border-radius: 4px; }
.by-hand { border-left: 4px solid #1a56db; background: #f8fafc; padding: .5rem 1rem; margin: 1rem 0; }
.choices { list-style: none; padding: 0; margin: 1rem 0; display: grid; gap: .5rem; }
.choices button { width: 100%; text-align: left; font: inherit; padding: .6rem .85rem; border: 1px solid #9ca3af; border-radius: 6px; background: #fff; cursor: pointer; }
.choices button:hover, .choices button:focus-visible { border-color: #1a56db; background: #f0f5ff; outline: 2px solid #1a56db; outline-offset: 1px; }
.leads { display: block; font-size: 13px; color: #4b5563; margin-top: .2rem; }
.leads.doom { color: #b91c1c; background: none; }
.controls { display: flex; gap: .5rem; flex-wrap: wrap; border-top: 1px solid #e5e7eb; padding-top: .75rem; }
.controls button { font: inherit; font-size: 14px; padding: .35rem .8rem; border-radius: 6px; border: 1px solid #9ca3af; background: #f9fafb; cursor: pointer; }
.controls button[aria-pressed="true"] { background: #1a56db; color: #fff; border-color: #1a56db; }
.controls button:disabled { opacity: .5; cursor: default; }
.deeplink { font-size: 13px; color: #4b5563; margin: .75rem 0 0; }
.error { border: 1px solid #b91c1c; border-left-width: 4px; border-radius: 6px; background: #fef2f2; color: #7f1d1d; padding: .6rem 1rem; margin: 0; }
`;
