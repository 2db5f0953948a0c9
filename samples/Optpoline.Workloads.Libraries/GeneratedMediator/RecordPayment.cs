using Mediator;

namespace Optpoline.Workloads.Libraries.GeneratedMediator;

/// <summary>A command without a response (<see cref="Unit"/>).</summary>
internal sealed record RecordPayment(long PaymentId, long AmountCents) : ICommand;
