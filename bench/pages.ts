/**
 * Ordinary (non-console) pages the benchmark loads with and without the extension. None of them has a console
 * hint; "login", "large" and "spa" have a password field, so the detector takes its expensive path (snapshot +
 * message to the worker) on them: the worst case for an ordinary page, e.g. a forum or shop with a login box.
 */

/** An article with about 25 elements and no password field: what most pages look like to the detector. */
export const SMALL_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Weather in Hamburg</title>
<meta name="viewport" content="width=device-width"></head><body>
<header><a href="/">Daily Weather</a><nav><a href="/today">Today</a> <a href="/week">Week</a></nav></header>
<main><article><h1>Sunny with a light breeze</h1><p>Temperatures reach <b>21 °C</b> in the afternoon.</p>
<p>Tomorrow brings clouds and a chance of rain in the evening.</p><ul><li>Wind: 12 km/h</li><li>UV index: 5</li></ul></article></main>
<footer><p>© Daily Weather</p></footer></body></html>`;

/** A small webmail-style sign-in page: a password field, no console hint. */
export const LOGIN_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Sign in — Mail</title></head><body>
<main><h1>Sign in to your mailbox</h1><form action="/session" method="post">
<label for="u">Email address</label><input id="u" name="email" type="email" autocomplete="username">
<label for="p">Password</label><input id="p" name="password" type="password" autocomplete="current-password">
<button type="submit">Sign in</button><a href="/forgot">Forgot password?</a></form></main>
<footer>© Example Mail</footer></body></html>`;

/**
 * A Microsoft-style sign-in page on a foreign host, as a phishing kit copies it: the converged sign-in's title, field
 * names and ids (loginfmt/i0116, passwd/i0118, idSIButton9), its hidden flow fields and its page config (which the
 * real page carries inline: urlMsaSignUp, the aadcdn.msauth.net CDN), posting to the kit's own host. No script of its
 * own runs (the config is inert JSON), so all script time on it is the extensions'.
 */
export const MICROSOFT_SIGNIN_PAGE = `<!doctype html><html dir="ltr" lang="en"><head><meta charset="utf-8"><title>Sign in to your account</title>
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=2.0, user-scalable=yes">
<meta name="robots" content="none"><meta name="PageID" content="ConvergedSignIn"><meta name="SiteID" content="">
<script type="application/json" id="serverData">{"urlMsaSignUp":"https://login.live.com/oauth20_authorize.srf?signup=1","urlCdn":"https://aadcdn.msauth.net/shared/1.0/","sFT":"AQABIQEAAABVrSpeuWamRam2jAF1XRQE","sCtx":"rQQIARAA","iMaxPollErrors":5,"urlResetPassword":"https://passwordreset.microsoftonline.com/"}</script>
</head><body class="cb">
<div class="background" role="presentation"></div>
<form name="f1" id="i0281" novalidate spellcheck="false" method="post" target="_top" autocomplete="off" action="/common/login">
<div class="outer"><div class="middle"><div class="inner fade-in-lightbox">
<div class="lightbox-cover"></div><img class="logo" role="img" alt="Microsoft" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
<div role="main"><div class="pagination-view"><div id="loginHeader" class="row title ext-title" role="heading" aria-level="1">Sign in</div>
<div class="row"><div class="form-group col-md-24"><div class="placeholderContainer">
<input type="email" name="loginfmt" id="i0116" maxlength="113" lang="en" class="form-control ltr_override input ext-input text-box ext-text-box" aria-required="true" aria-describedby="loginHeader" placeholder="Email, phone, or Skype" aria-label="Enter your email, phone, or Skype.">
<input name="passwd" type="password" id="i0118" autocomplete="off" class="form-control input ext-input text-box ext-text-box" aria-hidden="true" tabindex="-1" aria-label="Password">
</div></div></div>
<div class="row"><div class="form-group col-md-24"><div class="text-13"><div class="form-group">No account? <a id="signup" href="#" aria-label="Create a Microsoft account">Create one!</a></div>
<div class="form-group"><a id="cantAccessAccount" href="#">Can’t access your account?</a></div></div></div></div>
<div class="win-button-pin-bottom"><div class="row move-buttons"><div class="col-xs-24 no-padding-left-right button-container">
<div class="inline-block button-item ext-button-item"><input type="submit" id="idSIButton9" class="win-button button_primary button ext-button primary ext-primary" value="Next"></div></div></div></div>
</div></div>
<input type="hidden" name="idPartnerPL" value=""><input type="hidden" name="PPFT" value="AQABIQEAAABVrSpeuWamRam2jAF1XRQE"><input type="hidden" name="flowToken" value="AQABIQEAAABVrSpeuWamRam2jAF1XRQE">
<input type="hidden" name="canary" value=""><input type="hidden" name="ctx" value="rQQIARAA"><input type="hidden" name="hpgrequestid" value="">
</div></div></div></form>
<div id="footer" class="footer default" role="contentinfo"><div id="footerLinks" class="footerNode text-secondary"><a id="ftrTerms" href="#">Terms of use</a> <a id="ftrPrivacy" href="#">Privacy &amp; cookies</a> <a id="moreOptions" href="#" aria-label="Click here for troubleshooting information">...</a></div></div>
</body></html>`;

/**
 * A forum front page of exactly `elements` elements (document.getElementsByTagName('*').length): a login box in the
 * header, a long navigation, and posts with links, images and text, so every selector the snapshot uses has work.
 */
export function largePage(elements = 10_000): string {
  const head = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gardening forum — latest posts</title>
<meta name="description" content="Talk about plants"><link rel="icon" href="/favicon.ico"></head><body>`;
  const header = `<header class="site-header"><a class="brand-logo" href="/">Gardening</a>
<form action="/login"><input name="user" placeholder="User"><input name="pass" type="password" placeholder="Password"><button>Log in</button></form></header>`;
  // html, head, meta, title, meta, link, body + header(a, form, input, input, button) = 13 elements so far.
  const fixed = 13 + 2; // + <main> + <footer>
  const parts: string[] = [head, header, '<main>'];
  let count = fixed;
  let i = 0;
  // Each post: article, h3, a, p, span, img, a (footer link) = 7 elements.
  while (count + 7 <= elements) {
    parts.push(
      `<article class="post"><h3><a href="/t/${i}">Topic ${i}: tomatoes in a cold spring</a></h3><p>Reply ${i} <span class="meta">by user${i % 97}</span></p><img src="/a/${i % 50}.png" alt="avatar ${i % 50}"><a href="/t/${i}#last">last</a></article>`,
    );
    count += 7;
    i++;
  }
  while (count < elements) {
    parts.push('<i></i>');
    count++;
  }
  parts.push('</main><footer class="footer">© Gardening forum</footer></body></html>');
  return parts.join('\n');
}

/**
 * A single-page app that, from load, changes its DOM `rate` times a second for `durationMs` (child-list mutations:
 * list items replaced, appended and removed, as a framework re-rendering a live feed does) and routes with
 * history.pushState once a second. It has a sign-in box, so the detector re-evaluates it. When done it sets the
 * title to "done" and window.spaMutations to the number of mutations made.
 */
export function spaPage(rate = 1000, durationMs = 5000): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Live market</title></head><body>
<div id="app"><header><a href="/">Market</a><form><input name="user" placeholder="User"><input name="password" type="password"><button>Sign in</button></form></header>
<h1>Live quotes</h1><ul id="feed"></ul></div>
<script>
const feed = document.getElementById('feed');
for (let i = 0; i < 50; i++) { const li = document.createElement('li'); li.innerHTML = '<a href="/q/' + i + '">Quote ' + i + '</a> <span>0</span>'; feed.append(li); }
const start = performance.now();
let done = 0, route = 0;
function mutate(i) {
  const li = feed.children[i % feed.children.length];
  switch (i % 4) {
    case 0: li.lastElementChild.textContent = String(i); break;
    case 1: li.firstElementChild.textContent = 'Quote ' + (i % 50) + ' · ' + (i % 7); break;
    case 2: { const n = document.createElement('li'); n.innerHTML = '<a href="/q/' + i + '">New ' + i + '</a> <span>+</span>'; feed.append(n); break; }
    default: feed.firstElementChild.remove();
  }
}
const timer = setInterval(() => {
  const t = performance.now() - start;
  if (t >= ${durationMs}) { clearInterval(timer); window.spaMutations = done; document.title = 'done'; return; }
  const due = Math.floor((t * ${rate}) / 1000);
  while (done < due) mutate(done++);
  const r = Math.floor(t / 1000);
  if (r !== route) { route = r; history.pushState(null, '', '/app/view-' + r); }
}, 1);
</script></body></html>`;
}
