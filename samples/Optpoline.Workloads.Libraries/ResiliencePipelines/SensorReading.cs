namespace Optpoline.Workloads.Libraries.ResiliencePipelines;

/// <summary>
/// The state the pipeline's callbacks run on: a sensor read once per attempt, whose every seventh
/// read is transient (the retry strategy tries again). Deterministic: which reads fail depends only
/// on how many came before.
/// </summary>
internal sealed class SensorReading
{
    public const int Transient = -1;

    public int Sensor { get; set; }

    /// <summary>Every read so far, retries included.</summary>
    public long Reads { get; set; }

    /// <summary>What calibrations have added up to.</summary>
    public long Calibration { get; set; }

    public int Read()
    {
        Reads++;
        return Reads % 7 == 0 ? Transient : (int)((Sensor * 37 + Reads) % 1_000);
    }

    public void Calibrate() => Calibration = Calibration * 31 + Sensor;
}
