using System.Text.Json.Serialization;

namespace Optpoline.Workloads.Libraries.JsonSerialization;

/// <summary>A parcel's weight in grams, written as text such as <c>"1250 g"</c> by its own converter.</summary>
[JsonConverter(typeof(WeightConverter))]
internal readonly record struct Weight(int Grams);
