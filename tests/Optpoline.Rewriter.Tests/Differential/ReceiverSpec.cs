namespace Optpoline.Rewriter.Tests.Differential;

/// <summary>A concrete receiver the driver builds: how to make it, and every static type it can be passed as.</summary>
internal sealed record ReceiverSpec(string Create, IReadOnlySet<string> StaticTypes);
