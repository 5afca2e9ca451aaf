
namespace Sesis.Rules.Tests;

public sealed class SessionReasonTests
{
    [Theory]
    [InlineData(SessionReason.StudentAbsentFromSchool, SessionType.StudentAbsent)]
    [InlineData(SessionReason.StudentRefusedService, SessionType.StudentAbsent)]
    [InlineData(SessionReason.ProviderSickLeave, SessionType.ProviderAbsent)]
    [InlineData(SessionReason.ProviderPersonalLeave, SessionType.ProviderAbsent)]
    [InlineData(SessionReason.UnscheduledSchoolClosing, SessionType.Cancelled)]
    [InlineData(SessionReason.HalfDay, SessionType.Cancelled)]
    [InlineData(SessionReason.SchoolTrip, SessionType.Cancelled)]
    [InlineData(SessionReason.Assembly, SessionType.Cancelled)]
    [InlineData(SessionReason.Testing, SessionType.Cancelled)]
    [InlineData(SessionReason.IepMeeting, SessionType.Cancelled)]
    [InlineData(SessionReason.OtherMeeting, SessionType.Cancelled)]
    [InlineData(SessionReason.ProfessionalDevelopment, SessionType.Cancelled)]
    [InlineData(SessionReason.Other, SessionType.Cancelled)]
    public void Each_reason_decides_one_session_type_as_procedure_step_9_says(SessionReason reason, SessionType expected)
    {
        Assert.Equal(expected, SessionReasons.SessionTypeOf(reason));
        Assert.True(SessionReasons.TryGetSessionType(reason, out var type));
        Assert.Equal(expected, type);
        Assert.True(SessionReasons.IsDefined(reason));
    }

    [Fact]
    public void Every_defined_reason_is_covered_by_the_test_above() =>
        Assert.Equal(13, Enum.GetValues<SessionReason>().Length);

    [Theory]
    [InlineData(0)]
    [InlineData(14)]
    [InlineData(-1)]
    public void An_undefined_reason_is_refused(int value)
    {
        var reason = (SessionReason)value;

        Assert.False(SessionReasons.IsDefined(reason));
        Assert.False(SessionReasons.TryGetSessionType(reason, out _));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => SessionReasons.SessionTypeOf(reason));
        Assert.Equal("reason", error.ParamName);
        Assert.Equal(reason, error.ActualValue);
        Assert.StartsWith("Not a defined session reason.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_Provided_is_the_default_session_type() =>
        Assert.Equal(SessionType.ServiceProvided, default(SessionType));
}
