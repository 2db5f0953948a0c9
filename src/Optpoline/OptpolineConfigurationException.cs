namespace Optpoline;

/// <summary>Thrown when Optpoline settings (options or <c>OPTPOLINE_*</c> variables) cannot be used.</summary>
public sealed class OptpolineConfigurationException : Exception
{
    /// <summary>Creates the exception from the list of problems found.</summary>
    public OptpolineConfigurationException(IReadOnlyList<string> problems)
        : base("Invalid Optpoline configuration:" + Environment.NewLine + string.Join(Environment.NewLine, problems.Select(p => "  - " + p)))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, one sentence each.</summary>
    public IReadOnlyList<string> Problems { get; }
}
