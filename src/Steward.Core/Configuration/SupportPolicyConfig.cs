namespace Steward.Core.Configuration;

/// <summary>
/// The support policy of release lines (one line per major version): the newest <see cref="FullMajors"/> majors get
/// full support; the next <see cref="SecurityMajors"/> get security fixes for <see cref="SecurityMonths"/> months after
/// the first release of the major that replaced them; older lines are end of life.
/// </summary>
public sealed class SupportPolicyConfig
{
    public int FullMajors { get; set; } = 1;

    public int SecurityMajors { get; set; } = 1;

    public int SecurityMonths { get; set; } = 12;
}
