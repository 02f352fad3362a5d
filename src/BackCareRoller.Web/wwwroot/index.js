"use strict";
(() => {
  const error = document.getElementById("error");
  if (!BackCare.token) { document.getElementById("no-token").hidden = false; }
  const form = document.getElementById("start-form");

  function chosen() { return form.querySelector("input[name=source]:checked").value; }

  async function showHelp() {
    const source = chosen();
    document.getElementById("phone-help").hidden = source !== "phone";
    document.getElementById("sensorlogger-help").hidden = source !== "sensor_logger";
    document.getElementById("ble-help").hidden = source !== "ble";
    document.getElementById("start").textContent = source === "sensor_logger" ? "Sensor Logger starts its own session" : "Start session";
    document.getElementById("start").disabled = source === "sensor_logger";
    try {
      const pairing = await BackCare.api("/api/pairing");
      document.getElementById("phone-url").textContent = pairing.phone_url;
      document.getElementById("sl-url").textContent = pairing.sensor_logger_url;
      if (source === "phone") {
        document.getElementById("phone-qr").innerHTML = await BackCare.api("/api/pairing/qr.svg");
      }
      if (source === "ble") {
        const devices = await BackCare.api("/api/ble/devices");
        const list = document.getElementById("ble-list");
        list.innerHTML = "";
        if (devices.length === 0) { list.innerHTML = "<li>No rollers found. Bluetooth pairing arrives with the BLE support; use the simulator or a phone meanwhile.</li>"; }
        for (const d of devices) {
          const li = document.createElement("li");
          li.textContent = `${d.name} — signal ${d.rssi} dBm` + (d.battery_percent != null ? `, battery ${d.battery_percent}%` : "");
          list.appendChild(li);
        }
      }
    } catch (e) { BackCare.showError(error, e); }
  }

  async function refreshRunning() {
    try {
      const running = await BackCare.api("/api/live");
      const list = document.getElementById("running");
      list.innerHTML = "";
      if (running.length === 0) { list.innerHTML = "<li>None.</li>"; return; }
      for (const s of running) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = BackCare.withToken("live.html?session=" + encodeURIComponent(s.id));
        a.textContent = `${s.source} session ${s.id} — ${BackCare.fmtDuration(s.elapsed_s)}`;
        li.appendChild(a);
        list.appendChild(li);
      }
    } catch (e) { BackCare.showError(error, e); }
  }

  form.addEventListener("change", showHelp);
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    error.hidden = true;
    const source = chosen();
    try {
      const started = await BackCare.api("/api/live", { method: "POST", json: {
        source, height_cm: Number(document.getElementById("height").value), roller_diameter_cm: Number(document.getElementById("diameter").value)
      } });
      location.href = BackCare.withToken(started.live_url);
    } catch (e) { BackCare.showError(error, e); }
  });

  showHelp();
  refreshRunning();
  setInterval(refreshRunning, 5000);
})();
