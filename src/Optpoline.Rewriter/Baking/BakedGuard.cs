using Mono.Cecil;

namespace Optpoline.Rewriter.Baking;

/// <summary>
/// One baked guard: calls whose receiver is exactly <see cref="ReceiverType"/> go straight to
/// <see cref="Target"/>, the method the runtime resolved for that type when the profile was recorded.
/// </summary>
/// <param name="ReceiverType">The exact receiver type, imported into the woven module.</param>
/// <param name="Target">The implementation, imported; called with <c>call</c>, never <c>callvirt</c>.</param>
/// <param name="Unbox">The receiver is a boxed value type and the target is the value type's own method, which takes the unboxed value by reference.</param>
/// <param name="Share">The type's share of the profile's latest samples.</param>
internal sealed record BakedGuard(TypeReference ReceiverType, MethodReference Target, bool Unbox, double Share);
