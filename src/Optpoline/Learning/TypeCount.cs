namespace Optpoline.Learning;

/// <summary>A receiver type and its sampled count.</summary>
internal readonly record struct TypeCount(Type Type, int Count);
