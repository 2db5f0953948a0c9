namespace Optpoline.Reporting;

/// <summary>
/// Where a generated site is: the key a profile is matched to sites by when it is baked into a build.
/// </summary>
/// <param name="Assembly">The caller's assembly, by simple name.</param>
/// <param name="ModuleVersionId">The MVID of the caller's module as built, before weaving: a profile applies to that build only.</param>
/// <param name="Caller">The calling method as the rewriter names it, signature included.</param>
/// <param name="ILOffset">The call's offset in the caller's original IL.</param>
public sealed record SiteOrigin(string Assembly, Guid ModuleVersionId, string Caller, int ILOffset);
