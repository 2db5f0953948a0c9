using Mono.Cecil;

namespace Optpoline.Rewriter.Weaving;

/// <summary>
/// A call's signature as the shim and the delegate see it: the receiver (the callee's declaring
/// type), then the callee's parameters, then its return type, all with generic arguments substituted.
/// </summary>
internal sealed record SiteSignature(TypeReference Receiver, IReadOnlyList<TypeReference> Parameters, TypeReference Return, bool NeedsCustomDelegate)
{
    /// <summary>Receiver and parameters, in argument order.</summary>
    public IEnumerable<TypeReference> Arguments => Parameters.Prepend(Receiver);

    public string Key => string.Join(",", Arguments.Select(a => a.FullName)) + "->" + Return.FullName;
}
