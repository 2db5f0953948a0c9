namespace Optpoline.Learning;

/// <summary>A sample key (see <see cref="SampleKeys"/>) and its sampled count.</summary>
internal readonly record struct SampleCount(object Key, int Count);
