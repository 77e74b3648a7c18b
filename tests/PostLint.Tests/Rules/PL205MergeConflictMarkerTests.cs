using PostLint.Diagnostics;
using PostLint.Tests.Infrastructure;

namespace PostLint.Tests.Rules;

public class PL205MergeConflictMarkerTests
{
    private static string[] Lint(string text) =>
        RuleHarness.Lint(text, select: "merge-conflict-marker")
            .Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Severity.ToName()} {d.Message}").ToArray();

    [Fact]
    public void A_conflict_is_one_error_over_its_opening_line_naming_the_line_it_ends_at()
    {
        // Trailing blanks after the marker and the separator (an editor's leftovers) change nothing.
        Assert.Equal(
            ["6:1-6:15 error merge conflict marker '<<<<<<< HEAD' (conflict ends at line 10); keep one side and delete the marker lines"],
            Lint("---\ntitle: Docker notes\n---\nContainers share the host kernel.\n\n<<<<<<< HEAD  \nThey are light.\n=======  \nThey start fast.\n>>>>>>> feature/intro\n\nThe end.\n"));
    }

    [Fact]
    public void Bare_markers_count_and_a_conflict_may_end_on_the_last_line()
    {
        Assert.Equal(
            ["4:1-4:8 error merge conflict marker '<<<<<<<' (conflict ends at line 8); keep one side and delete the marker lines"],
            Lint("---\ntitle: 글\n---\n<<<<<<<\n컨테이너는 가볍습니다.\n=======\n컨테이너는 빠릅니다.\n>>>>>>>"));
    }

    [Fact]
    public void An_opening_marker_on_the_last_line_is_reported_without_an_end()
    {
        Assert.Equal(
            ["6:1-6:15 error merge conflict marker '<<<<<<< 기능-브랜치'; resolve the conflict and delete the marker lines"],
            Lint("---\ntitle: 글\n---\n본문입니다.\n\n<<<<<<< 기능-브랜치"));
    }

    [Fact]
    public void Conflicts_with_crlf_line_breaks_end_before_the_carriage_return()
    {
        Assert.Equal(
            ["4:1-4:13 error merge conflict marker '<<<<<<< HEAD' (conflict ends at line 8); keep one side and delete the marker lines"],
            Lint("---\r\ntitle: 글\r\n---\r\n<<<<<<< HEAD\r\n가\r\n=======\r\n나\r\n>>>>>>> main\r\n"));
    }

    [Fact]
    public void A_closing_marker_before_the_separator_or_a_longer_separator_does_not_end_the_conflict()
    {
        Assert.Equal(
            [
                "4:1-4:13 error merge conflict marker '<<<<<<< HEAD'; resolve the conflict and delete the marker lines",
                "8:1-8:13 error merge conflict marker '<<<<<<< HEAD'; resolve the conflict and delete the marker lines",
            ],
            Lint("---\ntitle: 글\n---\n<<<<<<< HEAD\n우리 쪽\n>>>>>>> theirs\n\n<<<<<<< HEAD\n우리 쪽\n========\n저쪽\n>>>>>>> theirs\n"));
    }

    [Fact]
    public void An_opening_marker_before_the_end_leaves_the_first_unended_and_the_next_conflicts_are_each_reported()
    {
        Assert.Equal(
            [
                "4:1-4:13 error merge conflict marker '<<<<<<< HEAD'; resolve the conflict and delete the marker lines",
                "6:1-6:18 error merge conflict marker '<<<<<<< stash@{0}' (conflict ends at line 10); keep one side and delete the marker lines",
                "12:1-12:13 error merge conflict marker '<<<<<<< HEAD' (conflict ends at line 16); keep one side and delete the marker lines",
            ],
            Lint("---\ntitle: 글\n---\n<<<<<<< HEAD\n가\n<<<<<<< stash@{0}\n나\n=======\n다\n>>>>>>> theirs\n\n<<<<<<< HEAD\n라\n=======\n마\n>>>>>>> other\n"));
    }

    [Fact]
    public void Lines_that_only_look_like_markers_are_not_reported()
    {
        // Git writes exactly seven marker characters at the start of the line, then a space or the end of the line.
        Assert.Empty(Lint("---\ntitle: Shell redirects\n---\n <<<<<<< HEAD\n\n<<<<<<<< HEAD\n\n<<<<<<<HEAD\n\na <<<<<<< b\n\n=======\n>>>>>>> x\n"));
    }

    [Fact]
    public void Markers_shown_in_code_blocks_are_not_reported_but_those_in_the_front_matter_are()
    {
        Assert.Equal(
            ["3:1-3:13 error merge conflict marker '<<<<<<< HEAD' (conflict ends at line 7); keep one side and delete the marker lines"],
            Lint("---\ntitle: 충돌 해결\n<<<<<<< HEAD\ndate: 2025-01-01\n=======\ndate: 2025-01-02\n>>>>>>> main\n---\nGit marks a conflict like this:\n\n```diff\n<<<<<<< HEAD\na\n=======\nb\n>>>>>>> other\n```\n\nor, indented:\n\n    <<<<<<< HEAD\n    a\n    =======\n    b\n    >>>>>>> other\n"));
    }
}
