namespace Optpoline.Workloads.Pipeline.Auth;

/// <summary>What a scheme made of a request's credentials.</summary>
public readonly record struct AuthenticationResult(AuthenticationOutcome Outcome, UserIdentity? User)
{
    public static readonly AuthenticationResult NoCredentials = new(AuthenticationOutcome.NoCredentials, null);
    public static readonly AuthenticationResult Failed = new(AuthenticationOutcome.Failed, null);

    public static AuthenticationResult Success(UserIdentity user) => new(AuthenticationOutcome.Succeeded, user);
}
