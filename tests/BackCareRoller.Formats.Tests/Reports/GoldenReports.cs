namespace BackCareRoller.Formats.Tests.Reports;

/// <summary>The expected JSON of <see cref="SampleReports"/>, checked key by key and value by value against DESIGN.md section 6.</summary>
internal static class GoldenReports
{
    /// <summary><see cref="SampleReports.Full"/>: instants to 0.001 s, durations to 0.01 s, cm/s to 0.01, cm to 0.1, keys in enum order.</summary>
    public const string Full = """
        {
          "format": "backcare-report/1",
          "duration_s": 612.4,
          "alerts": [
            {
              "t_s": 48.2,
              "kind": "lumbar",
              "message": "Lower back — stop"
            },
            {
              "t_s": 71,
              "kind": "too_fast",
              "message": "Too fast — slow down"
            }
          ],
          "zones": [
            {
              "start_s": 0,
              "end_s": 3,
              "zone": "none",
              "side": null
            },
            {
              "start_s": 3,
              "end_s": 41.5,
              "zone": "upper_back",
              "side": null
            },
            {
              "start_s": 41.5,
              "end_s": 612.4,
              "zone": "glutes",
              "side": "left"
            }
          ],
          "speed": [
            {
              "t_s": 3,
              "cm_per_s": 2.1
            },
            {
              "t_s": 3.1,
              "cm_per_s": 0
            }
          ],
          "summary": {
            "per_zone_s": {
              "none": 3,
              "glutes": 570.9,
              "upper_back": 38.5
            },
            "too_fast_s": 12.5,
            "alert_counts": {
              "too_fast": 3,
              "lumbar": 1
            },
            "per_zone_side_s": {
              "glutes": {
                "left": 570.9,
                "right": 0
              }
            },
            "alert_times_s": {
              "too_fast": [
                71,
                80.25,
                99
              ],
              "lumbar": [
                48.2
              ]
            },
            "rolling_s": 401.26,
            "rolled_distance_cm": 1012.3,
            "mean_rolling_cm_per_s": 2.52,
            "median_rolling_cm_per_s": 2.38,
            "passes": 87,
            "pauses": [
              {
                "start_s": 120.5,
                "end_s": 144.75,
                "zone": "glutes",
                "side": "left"
              }
            ],
            "adherence": {
              "moves": [
                {
                  "move": "glutes",
                  "time_s": 90.5,
                  "verdict": "in_range"
                },
                {
                  "move": "hip_flexors",
                  "time_s": 0,
                  "verdict": "missing"
                },
                {
                  "move": "hamstrings",
                  "time_s": 30.25,
                  "verdict": "too_short"
                },
                {
                  "move": "upper_back",
                  "time_s": 130,
                  "verdict": "too_long"
                }
              ],
              "lumbar_s": 0.5,
              "neck_s": 0,
              "followed": false
            }
          },
          "zone_confidence": "body_sensor",
          "input": {
            "samples": {
              "roller": 122480,
              "body": 61240
            },
            "skipped_rows": 2
          },
          "profile": {
            "height_cm": 178,
            "roller_diameter_cm": 15,
            "mount": "firmware_axis"
          }
        }
        """;

    /// <summary><see cref="SampleReports.Minimal"/>: the optional blocks are left out, the nullable values written as null.</summary>
    public const string Minimal = """
        {
          "format": "backcare-report/1",
          "duration_s": 0,
          "alerts": [],
          "zones": [],
          "speed": [],
          "summary": {
            "per_zone_s": {},
            "too_fast_s": 0,
            "alert_counts": {},
            "per_zone_side_s": {},
            "alert_times_s": {},
            "rolling_s": 0,
            "rolled_distance_cm": 0,
            "mean_rolling_cm_per_s": null,
            "median_rolling_cm_per_s": null,
            "passes": 0,
            "pauses": [],
            "adherence": null
          }
        }
        """;
}
