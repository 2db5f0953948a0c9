namespace Optpoline.Cli;

/// <summary>The <c>weave</c> command's arguments, validated by the parser.</summary>
internal sealed record WeaveRequest(
    string Input,
    string? Output,
    bool InPlace,
    IReadOnlyList<string> Include,
    IReadOnlyList<string> Exclude,
    string? KeyFile,
    IReadOnlyList<string> References,
    string? Profile = null,
    int MaxGuards = 3,
    bool LeaveMonomorphic = false,
    bool All = false);
