namespace Optpoline.Policies;

/// <summary>A sample key (see <see cref="Learning.SampleKeys"/>) and its share of one evaluation's samples.</summary>
internal readonly record struct KeyShare(object Key, double Share);
