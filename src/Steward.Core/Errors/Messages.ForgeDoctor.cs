namespace Steward.Core.Errors;

/// <summary>steward forge doctor --fix: a fix the forge refused or failed, which keeps the fixes left for --continue.</summary>
public static partial class Messages
{
    /// <summary>The command that makes the fixes a failed <c>forge doctor --fix</c> left.</summary>
    public const string ForgeDoctorContinue = "steward forge doctor --fix --continue";

    /// <param name="what">The fix: "the label 'release: pending'", "the squash and merge commit messages".</param>
    /// <param name="cause">The forge's failure as its own line words it (with what to rerun).</param>
    public static StewardException ForgeDoctorFixFailed(string what, string cause) =>
        Failed($"forge doctor --fix stopped at {what}: {cause}");

    /// <param name="access">What the token needs for this fix, in the forge's own terms.</param>
    public static StewardException ForgeDoctorFixForbidden(string what, string forge, string call, string variable, string reason, string access) =>
        Failed($"forge doctor --fix stopped at {what}: {forge} refused {call} (403: {reason}): the token in {variable} needs {access}; then run {ForgeDoctorContinue}");
}
