"use strict";
(async () => {
  const $ = (id) => document.getElementById(id);
  const id = BackCare.params.get("id");
  const colours = { none: "#222", calves: "#7e57c2", hamstrings: "#42a5f5", glutes: "#26a69a", lumbar: "#b00020", upper_back: "#9ccc65", neck: "#b00020", quads: "#ffa726", hip_flexors: "#ec407a" };
  const svgNs = "http://www.w3.org/2000/svg";
  function el(name, attrs, text) {
    const node = document.createElementNS(svgNs, name);
    for (const [k, v] of Object.entries(attrs)) { node.setAttribute(k, v); }
    if (text) { node.textContent = text; }
    return node;
  }
  try {
    const report = await BackCare.api("/api/sessions/" + encodeURIComponent(id) + "/report");
    const duration = Math.max(report.duration_s, 0.001);
    const counts = report.summary.alert_counts;
    $("summary").innerHTML = "";
    $("summary").append(`${BackCare.fmtDuration(report.duration_s)} rolling`);
    const small = document.createElement("small");
    small.textContent = `${counts.lumbar || 0} lower-back, ${counts.neck || 0} neck and ${counts.too_fast || 0} too-fast alerts`;
    $("summary").appendChild(small);
    for (const a of report.alerts) {
      const li = document.createElement("li");
      li.textContent = `${BackCare.fmtDuration(a.t_s)} — ${a.message}`;
      $("alerts").appendChild(li);
    }

    // Zone timeline with alert marks.
    const timeline = $("timeline");
    for (const z of report.zones) {
      const x = (z.start_s / duration) * 600, w = Math.max(0.5, ((z.end_s - z.start_s) / duration) * 600);
      const rect = el("rect", { x, y: 10, width: w, height: 40, fill: colours[z.zone] || "#555" });
      rect.appendChild(el("title", {}, `${BackCare.zoneNames[z.zone] || z.zone} ${BackCare.fmtDuration(z.start_s)}–${BackCare.fmtDuration(z.end_s)}`));
      timeline.appendChild(rect);
    }
    for (const a of report.alerts) {
      const x = (a.t_s / duration) * 600;
      timeline.appendChild(el("rect", { x: x - 1.5, y: 0, width: 3, height: 60, fill: a.kind === "too_fast" ? "#ffc400" : "#ff1744" }));
    }
    timeline.appendChild(el("text", { x: 0, y: 68, fill: "#fff", "font-size": 10 }, "0:00"));
    timeline.appendChild(el("text", { x: 600, y: 68, fill: "#fff", "font-size": 10, "text-anchor": "end" }, BackCare.fmtDuration(duration)));

    // Speed over time against the threshold.
    const speed = $("speed");
    const maxCm = Math.max(10, ...report.speed.map((s) => s.cm_per_s));
    const y = (cm) => 150 - (cm / maxCm) * 140;
    speed.appendChild(el("line", { x1: 0, x2: 600, y1: y(5), y2: y(5), stroke: "#ff1744", "stroke-dasharray": "6 4", "stroke-width": 2 }));
    const points = report.speed.map((s) => `${((s.t_s / duration) * 600).toFixed(1)},${y(s.cm_per_s).toFixed(1)}`).join(" ");
    if (points) { speed.appendChild(el("polyline", { points, fill: "none", stroke: "#4fc3f7", "stroke-width": 2 })); }
    speed.appendChild(el("text", { x: 2, y: 12, fill: "#fff", "font-size": 10 }, `${maxCm.toFixed(0)} cm/s`));

    // Per-muscle bars against the routine's 60-120 s target.
    const muscles = ["glutes", "hip_flexors", "hamstrings", "upper_back", "lumbar", "neck"];
    for (const zone of muscles) {
      const seconds = report.summary.per_zone_s[zone] || 0;
      if (seconds === 0 && (zone === "lumbar" || zone === "neck")) { continue; }
      const tr = document.createElement("tr");
      const name = document.createElement("td"); name.textContent = BackCare.zoneNames[zone]; tr.appendChild(name);
      const time = document.createElement("td"); time.textContent = BackCare.fmtDuration(seconds); tr.appendChild(time);
      const bar = document.createElement("td");
      const svg = el("svg", { viewBox: "0 0 180 20", width: "100%", role: "img", "aria-label": `${Math.round(seconds)} seconds of a 60 to 120 second target` });
      svg.appendChild(el("rect", { x: 60, y: 0, width: 60, height: 20, fill: "#1b5e20" }));
      svg.appendChild(el("rect", { x: 0, y: 5, width: Math.min(180, seconds), height: 10, fill: zone === "lumbar" || zone === "neck" ? "#ff1744" : "#fff" }));
      bar.appendChild(svg); tr.appendChild(bar);
      $("muscles").appendChild(tr);
    }
  } catch (e) { BackCare.showError($("error"), e); $("summary").textContent = ""; }
})();
