namespace Optpoline.Benchmarks.GenericCode;

/// <summary>Where the measured call is written.</summary>
public enum CallerCode
{
    /// <summary>In a non-generic method over a closed interface (<c>MeasureItem</c>, <c>MeasureInt</c>).</summary>
    NonGeneric,

    /// <summary>In a generic method, <c>Measure&lt;T&gt;</c>.</summary>
    Generic,
}
