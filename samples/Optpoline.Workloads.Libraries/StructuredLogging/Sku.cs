namespace Optpoline.Workloads.Libraries.StructuredLogging;

/// <summary>A stock-keeping unit: a reference-type log argument that Serilog renders through its <c>ToString</c>.</summary>
internal sealed record Sku(string Code, int Variant);
