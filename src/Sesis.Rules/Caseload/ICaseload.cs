using System.Diagnostics.CodeAnalysis;
using NodaTime;

namespace Sesis.Rules;

/// <summary>
/// Finds the caseload assignment that puts a student on a provider's caseload (procedure step 2), for the
/// caseload rules (SR8xx). A host backs it with its own data or uses the in-memory <see cref="Caseload"/>.
/// </summary>
/// <remarks>
/// The validator calls <see cref="TryFind"/> once per record it checks, on every thread that validates, and
/// keeps no copy of the answer: an assignment the host adds or ends is seen by the next validation, with no
/// validator to rebuild. So an implementation must be thread-safe and cheap, answering from memory (an index or
/// a cache the host refreshes), never with a network or database round trip per call.
/// </remarks>
public interface ICaseload
{
    /// <summary>Finds the assignment that puts a student on a provider's caseload for a service type on a date.</summary>
    /// <param name="providerId">The provider; never the default (empty) id.</param>
    /// <param name="studentId">The student; never the default (empty) id.</param>
    /// <param name="serviceType">The service type.</param>
    /// <param name="day">The date, in the ISO calendar.</param>
    /// <param name="assignment">An assignment covering the date.</param>
    /// <returns><see langword="true"/> when the student is on the caseload then.</returns>
    bool TryFind(ProviderId providerId, StudentId studentId, ServiceType serviceType, LocalDate day, [NotNullWhen(true)] out CaseloadAssignment? assignment);
}
