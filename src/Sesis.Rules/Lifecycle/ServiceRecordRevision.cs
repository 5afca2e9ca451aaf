namespace Sesis.Rules;

/// <summary>
/// One revision of a service record: the record's content and where it is in its lifecycle. A saved revision
/// is never edited in place; amending it starts a new draft revision that points to it.
/// </summary>
/// <remarks>
/// Immutable. A host stores revisions and restores them with the constructor; the constructor checks that the
/// revision is consistent (a draft carries no certification, a certified or saved one does, an amendment
/// follows the saved revision it amends), so an impossible revision fails at once with the parameter named.
/// </remarks>
public sealed record ServiceRecordRevision
{
    /// <summary>Initializes a revision, such as one restored from storage.</summary>
    /// <param name="recordId">The id shared by every revision of the record.</param>
    /// <param name="number">The revision number, from 1.</param>
    /// <param name="state">Where the revision is in its lifecycle.</param>
    /// <param name="record">The content; certified unless <paramref name="state"/> is Draft.</param>
    /// <param name="amends">The saved revision this one amends, or <see langword="null"/> for a first revision.</param>
    /// <exception cref="ArgumentException">The revision is not consistent; the message says how.</exception>
    public ServiceRecordRevision(Guid recordId, int number, RecordState state, ServiceRecord record, ServiceRecordRevision? amends = null)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        if (state is < RecordState.Draft or > RecordState.Saved)
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "Not a defined record state.");
        }

        if ((state == RecordState.Draft) != (record.Certification is null))
        {
            throw new ArgumentException(
                state == RecordState.Draft ? "A draft carries no certification." : $"A {state} revision carries its certification.",
                nameof(record));
        }

        if (amends is not null && (amends.RecordId != recordId || amends.State != RecordState.Saved || amends.Number + 1 != number))
        {
            throw new ArgumentException(
                $"Revision {number} of {recordId} can amend only saved revision {number - 1} of the same record, not {amends}.",
                nameof(amends));
        }

        RecordId = recordId;
        Number = number;
        State = state;
        Record = record;
        Amends = amends;
    }

    /// <summary>Gets the id shared by every revision of the record.</summary>
    public Guid RecordId { get; }

    /// <summary>Gets the revision number: 1 for the first, one more for each amendment.</summary>
    public int Number { get; }

    /// <summary>Gets where the revision is in its lifecycle.</summary>
    public RecordState State { get; }

    /// <summary>Gets the record's content at this revision.</summary>
    public ServiceRecord Record { get; }

    /// <summary>Gets the saved revision this one amends, which stays as it was; <see langword="null"/> for a first revision.</summary>
    public ServiceRecordRevision? Amends { get; }

    /// <summary>Starts the first revision of a record, as a draft.</summary>
    /// <param name="recordId">The record's id.</param>
    /// <param name="record">The content, not certified.</param>
    /// <returns>Revision 1, a draft.</returns>
    /// <exception cref="ArgumentException"><paramref name="record"/> carries a certification.</exception>
    public static ServiceRecordRevision NewDraft(Guid recordId, ServiceRecord record) => new(recordId, 1, RecordState.Draft, record);

    /// <summary>Describes the revision.</summary>
    /// <returns>Such as "record 0f8fad5b-… revision 2 Draft (amends 1): 2025-10-06 08:00-09:00 …".</returns>
    public override string ToString() =>
        $"record {RecordId} revision {Number} {State}{(Amends is null ? string.Empty : $" (amends {Amends.Number})")}: {Record}";

    internal ServiceRecordRevision With(RecordState state, ServiceRecord record) => new(RecordId, Number, state, record, Amends);
}
