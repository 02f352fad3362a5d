"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const sessionId = BackCare.params.get("session");
  const error = $("error");
  const forbidden = new Set(["lumbar", "neck"]);
  const spokenWords = { lumbar: "Lower back, stop!", neck: "Neck, stop!", too_fast: "Too fast, slow down." };
  let threshold = 5;
  let zone = "none";
  let lastAlertAt = {};          // kind -> performance.now() of the last alert shown
  let overlayKind = null;
  let overlayShownAt = 0;
  let routineIndex = 0;
  let moveStartedAt = performance.now();
  let serverMove = "none";

  if (!sessionId) { BackCare.showError(error, "No session chosen: start one on the Start page."); return; }
  $("report-link").href = BackCare.withToken("report.html?id=" + encodeURIComponent(sessionId));

  // --- Body map ---
  function showZone(next, side, move) {
    zone = next;
    for (const g of document.querySelectorAll("#silhouette .zone")) { g.classList.toggle("current", g.id === "zone-" + next); }
    const name = BackCare.zoneNames[next] || next;
    const sideText = side ? " (" + side + ")" : "";
    $("zone-text").firstChild.nodeValue = name + sideText;
    $("move-text").textContent = move && move !== "none" ? BackCare.moveNames[move] : (next === "none" ? "Waiting for you on the roller" : "");
    $("silhouette").setAttribute("aria-label", "Body map: " + name + sideText);
    if (move && move !== "none" && move !== serverMove) {
      serverMove = move;
      const index = BackCare.routine.indexOf(move);
      if (index >= 0) { setMove(index); }
    }
    if (overlayKind && forbidden.has(overlayKind) && !forbidden.has(next) && performance.now() - overlayShownAt > 4000) { hideAlert(); }
  }

  // --- Speed gauge ---
  function showSpeed(cm) {
    const max = threshold * 2;
    $("speed-value").textContent = cm.toFixed(1);
    $("gauge-fill").style.width = Math.min(100, (cm / max) * 100) + "%";
    $("gauge").classList.toggle("fast", cm > threshold);
    $("gauge").setAttribute("aria-valuenow", cm.toFixed(1));
  }

  // --- Routine timer: 1-2 minutes per move, then a prompt for the next one ---
  function setMove(index) {
    routineIndex = index;
    moveStartedAt = performance.now();
    const move = BackCare.routine[index];
    $("routine-move").firstChild.nodeValue = BackCare.moveNames[move];
    $("routine-move").querySelector("small").textContent = `Move ${index + 1} of 4 — 1 to 2 minutes`;
    tickRoutine();
  }
  function tickRoutine() {
    const seconds = (performance.now() - moveStartedAt) / 1000;
    $("routine-timer").textContent = BackCare.fmtDuration(seconds);
    $("routine-progress").style.width = Math.min(100, (seconds / 120) * 100) + "%";
    const next = BackCare.routine[routineIndex + 1];
    const nextName = next ? BackCare.moveNames[next] : null;
    $("routine-prompt").textContent = seconds < 60 ? "Slowly. Pause 20–30 s on tender spots."
      : seconds < 120 ? (nextName ? "Good. Next: " + nextName + " when you are ready." : "Good. Finish when you are ready.")
      : (nextName ? "Time to move on: " + nextName + "." : "Routine done — stop and save.");
  }
  $("next-move").addEventListener("click", () => setMove((routineIndex + 1) % BackCare.routine.length));
  setInterval(tickRoutine, 250);

  // --- Alerts: full-screen colour, spoken words, vibration; never a nagging stream ---
  function speak(text) {
    if (!("speechSynthesis" in window)) { return; }
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.rate = 1; utterance.volume = 1; utterance.lang = "en";
    window.speechSynthesis.speak(utterance);
  }
  function showAlert(kind, message) {
    const now = performance.now();
    // The pipeline already rate-limits; this guards against a reconnect replaying the same alert.
    if (lastAlertAt[kind] && now - lastAlertAt[kind] < 3000) { return; }
    // A stop alert on screen is not replaced by a mere too-fast.
    if (overlayKind && forbidden.has(overlayKind) && kind === "too_fast" && now - overlayShownAt < 4000) { return; }
    lastAlertAt[kind] = now;
    overlayKind = kind;
    overlayShownAt = now;
    const overlay = $("alert");
    overlay.className = "alert-overlay " + kind;
    $("alert-text").textContent = message.toUpperCase();
    overlay.hidden = false;
    $("alert-ok").focus();
    speak(spokenWords[kind] || message);
    if (navigator.vibrate) { navigator.vibrate(forbidden.has(kind) ? [500, 200, 500, 200, 500] : [200]); }
    const ownShownAt = now;
    setTimeout(() => { if (overlayShownAt === ownShownAt && (!forbidden.has(kind) || !forbidden.has(zone))) { hideAlert(); } }, forbidden.has(kind) ? 6000 : 2500);
  }
  function hideAlert() { $("alert").hidden = true; overlayKind = null; }
  $("alert-ok").addEventListener("click", hideAlert);
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") { hideAlert(); } });
  $("sound").addEventListener("click", () => { speak("Spoken alerts on."); $("sound").textContent = "Spoken alerts on"; });

  // --- Stop ---
  $("stop").addEventListener("click", async () => {
    try { await BackCare.api("/api/live/" + encodeURIComponent(sessionId) + "/stop", { method: "POST" }); }
    catch (e) { BackCare.showError(error, e); }
  });

  // --- The live stream ---
  function ended(reason, seconds) {
    $("ended").hidden = false;
    $("ended-text").textContent = `The session ended (${reason.replace("_", " ")}) after ${BackCare.fmtDuration(seconds)}.`;
    $("stop").disabled = true;
    $("status").textContent = "Session ended.";
  }
  const socket = new WebSocket(BackCare.socketUrl("/ws/live/" + encodeURIComponent(sessionId)));
  socket.onopen = () => { $("status").textContent = "Connected."; };
  socket.onclose = (e) => { if ($("ended").hidden) { $("status").textContent = "Disconnected" + (e.reason ? ": " + e.reason : "") + ". Reload to reconnect."; } };
  socket.onerror = () => BackCare.showError(error, "Could not connect to the session. It may have ended: see Sessions.");
  socket.onmessage = (message) => {
    const frame = JSON.parse(message.data);
    switch (frame.type) {
      case "hello":
        threshold = frame.too_fast_cm_per_s;
        $("threshold").textContent = threshold;
        $("status").textContent = "Connected to a " + frame.source.replace("_", " ") + " session.";
        document.body.dataset.source = frame.source;
        break;
      case "zone": showZone(frame.zone, frame.side, frame.move); break;
      case "speed": showSpeed(frame.cm_per_s); break;
      case "alert": showAlert(frame.kind, frame.message); break;
      case "stats":
        $("status").textContent = `Roller ${frame.roller_hz.toFixed(0)} Hz · body ${frame.body_hz.toFixed(0)} Hz · ${frame.samples} samples` +
          (frame.dropped ? ` · ${frame.dropped} dropped` : "") + (frame.malformed ? ` · ${frame.malformed} bad messages` : "");
        break;
      case "ended": ended(frame.reason, frame.t_s); break;
    }
  };
})();
