import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { shownText } from '../../src/content/shown-text';

const body = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;

describe('shownText: the start of what a page shows as text, read without laying it out', () => {
  it('leaves out scripts, styles, noscript and templates, and joins what markup splits', () => {
    const text = shownText(
      body(`<script>window.app={name:"Webclient",version:"18.0.3.461"}</script><style>.v{}</style>
        <footer>
          3CX Phone System <b>v20</b>.0.4.123
        </footer><noscript>enable JS</noscript><template>Version 1.0</template>`),
      3000,
    );
    expect(text).toBe('3CX Phone System v20.0.4.123');
  });

  it('stops at its limit on a large page', () => {
    const big = body(`<p>Version 16.0.1.2</p>${'<div>\n      filler words here\n    </div>'.repeat(5000)}`);
    const text = shownText(big, 3000);
    expect(text.length).toBe(3000);
    expect(text.startsWith('Version 16.0.1.2 filler')).toBe(true);
  });
});
