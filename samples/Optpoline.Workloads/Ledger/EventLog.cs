namespace Optpoline.Workloads.Ledger;

/// <summary>Generates the event log of a business period, as the bank's systems would have written it.</summary>
public static class EventLog
{
    public static LedgerEvent[] Generate(BusinessPeriod period, int count, int accounts, Random random)
    {
        var log = new LedgerEvent[count];
        for (var i = 0; i < log.Length; i++)
        {
            log[i] = Create(period.Next(random), random.Next(accounts), random);
        }

        return log;
    }

    private static LedgerEvent Create(EventKind kind, int account, Random random) => kind switch
    {
        EventKind.Deposit => new DepositMade(account, Cents(random, 10, 2_000)),
        EventKind.Withdrawal => new WithdrawalMade(account, Cents(random, 20, 600)),
        EventKind.TransferSent => new TransferSent(account, Cents(random, 5, 3_000)),
        EventKind.TransferReceived => new TransferReceived(account, Cents(random, 5, 3_000)),
        EventKind.CardAuthorized => new CardAuthorized(account, Cents(random, 1, 250)),
        EventKind.CardSettled => new CardSettled(account, Cents(random, 1, 250)),
        EventKind.CardReversed => new CardReversed(account, Cents(random, 1, 250)),
        EventKind.Fee => new FeeCharged(account, Cents(random, 1, 35)),
        EventKind.Interest => new InterestAccrued(account, random.Next(50, 400)),
        EventKind.Statement => new StatementIssued(account, 0),
        EventKind.Cheque => new ChequeCleared(account, Cents(random, 20, 5_000)),
        EventKind.LimitChange => new LimitChanged(account, Cents(random, 0, 3_000)),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an event kind"),
    };

    private static long Cents(Random random, int minUnits, int maxUnits) => (random.Next(minUnits, maxUnits + 1) * 100L) + random.Next(100);
}
