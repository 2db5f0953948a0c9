namespace Optpoline.Workloads.Ledger;

/// <summary>
/// Something that happened to an account. Replaying the event log applies each event to its account
/// (<see cref="Apply"/>) and shows it to every read model (<see cref="Accept"/>).
/// </summary>
public abstract class LedgerEvent(int accountId, long amount)
{
    public int AccountId { get; } = accountId;

    /// <summary>The amount in cents (or the new limit, for a limit change).</summary>
    public long Amount { get; } = amount;

    /// <summary>Changes the account as the event says.</summary>
    public abstract void Apply(Account account);

    /// <summary>Hands the event to the projection's handler for its type.</summary>
    public abstract void Accept(ILedgerProjection projection);
}
