namespace Optpoline.Workloads.Ledger;

/// <summary>
/// A period of the bank's day and the events it brings: a few kinds dominate, and every other kind
/// still trickles in (<see cref="BackgroundPercent"/>).
/// </summary>
public sealed record BusinessPeriod(string Name, IReadOnlyList<(EventKind Kind, int Weight)> Mix)
{
    /// <summary>Share of a period's events, in percent, drawn evenly from all kinds.</summary>
    public const int BackgroundPercent = 4;

    /// <summary>The periods in the order the day goes through them; the day then starts again.</summary>
    public static readonly IReadOnlyList<BusinessPeriod> Day =
    [
        new("branch hours", [(EventKind.Deposit, 35), (EventKind.Withdrawal, 30), (EventKind.TransferSent, 20), (EventKind.TransferReceived, 15)]),
        new("card traffic", [(EventKind.CardAuthorized, 40), (EventKind.CardSettled, 30), (EventKind.CardReversed, 15), (EventKind.Fee, 15)]),
        new("end-of-day batch", [(EventKind.Interest, 35), (EventKind.Statement, 25), (EventKind.Cheque, 25), (EventKind.LimitChange, 15)]),
    ];

    /// <summary>Draws the kind of the next event.</summary>
    public EventKind Next(Random random)
    {
        if (random.Next(100) < BackgroundPercent)
        {
            return (EventKind)random.Next(Enum.GetValues<EventKind>().Length);
        }

        var total = Mix.Sum(m => m.Weight);
        var pick = random.Next(total);
        foreach (var (kind, weight) in Mix)
        {
            if (pick < weight)
            {
                return kind;
            }

            pick -= weight;
        }

        throw new InvalidOperationException("unreachable: the weights add up to the total");
    }
}
