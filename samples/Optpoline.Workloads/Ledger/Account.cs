namespace Optpoline.Workloads.Ledger;

/// <summary>An account as its events left it; amounts are in cents.</summary>
public sealed class Account(int id)
{
    public int Id { get; } = id;

    public long Balance { get; set; }

    /// <summary>What may still be spent: the balance less card holds, plus the overdraft limit.</summary>
    public long Available { get; set; }

    public long Held { get; set; }

    public long OverdraftLimit { get; set; }

    public long Fees { get; set; }

    public long Interest { get; set; }

    public int Declined { get; set; }

    public int Statements { get; set; }

    public long LastStatementBalance { get; set; }

    /// <summary>The account can pay <paramref name="amount"/> from its available funds and overdraft.</summary>
    public bool CanPay(long amount) => Available + OverdraftLimit >= amount;

    public void Credit(long amount)
    {
        Balance += amount;
        Available += amount;
    }

    public void Debit(long amount)
    {
        Balance -= amount;
        Available -= amount;
    }
}
