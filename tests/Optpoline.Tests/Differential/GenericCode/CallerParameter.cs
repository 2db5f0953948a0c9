namespace Optpoline.Tests.Differential.GenericCode;

/// <summary>A type parameter of a generated caller: what it stands for, and whether its type or its method declares it.</summary>
internal sealed record CallerParameter(CallerRole Role, bool OnType)
{
    public string Name => Role switch
    {
        CallerRole.CalleeType => "T",
        CallerRole.CalleeMethod => "U",
        _ => "V",
    };
}
