namespace Optpoline.Workloads.Pipeline.Auth;

public enum AuthenticationOutcome
{
    /// <summary>The request carries none of this scheme's credentials.</summary>
    NoCredentials,
    Succeeded,

    /// <summary>The credentials are this scheme's, but wrong.</summary>
    Failed,
}
