// Shared helpers: the pairing token (from the URL, kept in localStorage), API calls and WebSocket URLs.
"use strict";
const BackCare = (() => {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get("token");
  if (fromUrl) { try { localStorage.setItem("backcare.token", fromUrl); } catch (_) { /* private mode */ } }
  const token = fromUrl || (() => { try { return localStorage.getItem("backcare.token") || ""; } catch (_) { return ""; } })();

  async function api(path, options = {}) {
    const headers = Object.assign({ "Authorization": "Bearer " + token }, options.headers || {});
    if (options.json !== undefined) { headers["Content-Type"] = "application/json"; options.body = JSON.stringify(options.json); }
    const response = await fetch(path, Object.assign({}, options, { headers }));
    if (!response.ok) {
      const text = await response.text();
      throw new Error(text || (response.status + " " + response.statusText));
    }
    const type = response.headers.get("content-type") || "";
    return type.includes("json") ? response.json() : response.text();
  }

  function socketUrl(path) {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const join = path.includes("?") ? "&" : "?";
    return scheme + "//" + location.host + path + join + "token=" + encodeURIComponent(token);
  }

  function withToken(href) {
    const join = href.includes("?") ? "&" : "?";
    return href + join + "token=" + encodeURIComponent(token);
  }

  const zoneNames = {
    none: "Not on the roller", calves: "Calves", hamstrings: "Hamstrings", glutes: "Glutes", lumbar: "Lower back",
    upper_back: "Upper back", neck: "Neck", quads: "Quads", hip_flexors: "Hip flexors"
  };
  const moveNames = { none: "No move", glutes: "Glutes & piriformis", hip_flexors: "Hip flexor release", hamstrings: "Hamstring roll", upper_back: "Upper back roll" };
  const routine = ["glutes", "hip_flexors", "hamstrings", "upper_back"];

  function showError(element, error) {
    element.textContent = String(error && error.message ? error.message : error);
    element.hidden = false;
  }

  function fmtDuration(seconds) {
    const s = Math.max(0, Math.round(seconds));
    return Math.floor(s / 60) + ":" + String(s % 60).padStart(2, "0");
  }

  // Keep the token on every in-app link so a new tab still works.
  document.addEventListener("DOMContentLoaded", () => {
    for (const a of document.querySelectorAll("a[data-keep-token]")) { a.href = withToken(a.getAttribute("href")); }
  });

  return { token, api, socketUrl, withToken, zoneNames, moveNames, routine, showError, fmtDuration, params };
})();
