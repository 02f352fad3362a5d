"use strict";
(() => {
  const $ = (id) => document.getElementById(id);
  const error = $("error");
  const BatchMilliseconds = 100;     // ~10 frames/s: low latency, small frames
  const MaxBatch = 200;              // below the server's samples-per-message limit
  const DegToRad = Math.PI / 180;
  let sessionId = BackCare.params.get("session");
  let socket = null;
  let batch = [];
  let sentTotal = 0;
  let countWindow = [];              // timestamps (ms) of recent samples, for the achieved rate

  const presetRole = BackCare.params.get("role");
  if (presetRole) { const r = document.querySelector(`input[name=role][value=${presetRole}]`); if (r) { r.checked = true; } }
  function role() { return document.querySelector("input[name=role]:checked").value; }

  // DeviceMotionEvent: accelerationIncludingGravity in m/s² (+9.81 up at rest), rotationRate in deg/s with
  // alpha, beta, gamma about the device's x, y, z axes (the W3C spec's rotationRate, as Chromium reports it; the
  // browser test checks each axis). The wire protocol wants rad/s about x, y, z.
  function onMotion(event) {
    const a = event.accelerationIncludingGravity;
    const r = event.rotationRate;
    if (!a || a.x == null) { return; }
    const gx = r && r.alpha != null ? r.alpha * DegToRad : 0;
    const gy = r && r.beta != null ? r.beta * DegToRad : 0;
    const gz = r && r.gamma != null ? r.gamma * DegToRad : 0;
    batch.push([event.timeStamp, a.x, a.y, a.z, gx, gy, gz]);
    countWindow.push(event.timeStamp);
    if (batch.length >= MaxBatch) { flush(); }
  }

  function flush() {
    if (!socket || socket.readyState !== WebSocket.OPEN || batch.length === 0) { return; }
    socket.send(JSON.stringify({ type: "samples", samples: batch }));
    sentTotal += batch.length;
    batch = [];
  }

  function showRate() {
    const now = performance.now();
    while (countWindow.length && countWindow[0] < now - 1000) { countWindow.shift(); }
    $("rate").textContent = String(countWindow.length);
  }

  async function ensureSession() {
    if (sessionId) { return sessionId; }
    const started = await BackCare.api("/api/live", { method: "POST", json: { source: "phone", mount: role() === "roller" ? "unknown_mount" : null } });
    sessionId = started.id;
    return sessionId;
  }

  function connect(id) {
    socket = new WebSocket(BackCare.socketUrl(`/ws/sensor/${encodeURIComponent(id)}?role=${role()}`));
    socket.onopen = () => { $("state").textContent = `Streaming as the ${role()} sensor into session ${id}.`; };
    socket.onmessage = (m) => {
      const frame = JSON.parse(m.data);
      if (frame.type === "status") { $("server").textContent = `Server received ${frame.received} · dropped ${frame.dropped} · bad ${frame.malformed}`; }
      if (frame.type === "error") { BackCare.showError(error, frame.message); }
    };
    socket.onclose = () => { $("state").textContent = "Disconnected: the session ended or the network dropped."; };
    const live = $("live-link");
    live.href = BackCare.withToken("live.html?session=" + encodeURIComponent(id));
    live.hidden = false;
  }

  $("go").addEventListener("click", async () => {
    error.hidden = true;
    try {
      // iOS asks for motion permission, and only from a user gesture like this click.
      if (typeof DeviceMotionEvent !== "undefined" && typeof DeviceMotionEvent.requestPermission === "function") {
        const answer = await DeviceMotionEvent.requestPermission();
        if (answer !== "granted") { throw new Error("Motion permission was refused; allow it in the browser settings."); }
      }
      if (typeof DeviceMotionEvent === "undefined") { throw new Error("This browser has no motion sensors API."); }
      const id = await ensureSession();
      connect(id);
      window.addEventListener("devicemotion", onMotion);
      if (navigator.wakeLock) { navigator.wakeLock.request("screen").catch(() => {}); }
      $("go").disabled = true;
      for (const input of document.querySelectorAll("input[name=role]")) { input.disabled = true; }
    } catch (e) { BackCare.showError(error, e); }
  });

  setInterval(flush, BatchMilliseconds);
  setInterval(showRate, 500);
  window.BackCarePhone = { sent: () => sentTotal };
})();
