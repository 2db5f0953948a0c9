namespace Optpoline.Evaluation;

/// <summary>The evaluation's exit codes, the same numbers as the <c>optpoline</c> tool's for the same outcomes.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>A child failed, or a row's builds disagree.</summary>
    public const int Failed = 1;

    public const int Usage = 2;
}
