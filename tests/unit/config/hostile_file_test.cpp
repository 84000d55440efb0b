// Issue 12, defects 1, 2 and 10: a config file is input from anywhere (a sync tool, a
// mistake, an attacker). Whatever it holds, loading it ends in settings or errors, never in
// a crash, a hang, a huge error or a forged log line.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <string>

#include "config/load.hpp"
#include "config_test_support.hpp"

namespace sitbreak::config {
namespace {

using test::TempDir;
using test::write_file;

std::string dotted_key(int parts) {
    std::string key = "a";
    for (int i = 1; i < parts; ++i) key += ".a";
    return key;
}

// The mutated file of the fault campaign: one dotted key of 40 000 parts overflowed
// toml++'s stack (recursion per part) and killed the daemon. It is refused for its size,
// and a shorter one for its parts, before toml++ sees either.
TEST(HostileConfig, AKeyOfFortyThousandPartsIsAnErrorNotACrash) {
    const LoadResult campaign = load_string("# x\n" + dotted_key(40'000) + " = 1\n", "c");
    ASSERT_EQ(campaign.errors.size(), 1u);
    EXPECT_EQ(campaign.errors[0].to_string(),
              "c: is 80008 bytes; a config file may have at most 65536");
    const LoadResult shorter = load_string("# x\n" + dotted_key(2'000) + " = 1\n", "c");
    ASSERT_EQ(shorter.errors.size(), 1u);
    EXPECT_EQ(shorter.errors[0].to_string(), "c:2: a key has more than 16 dotted parts");
}

TEST(HostileConfig, BoundsOnKeysNestingAndLinesNameTheLine) {
    EXPECT_EQ(load_string("[" + dotted_key(17) + "]\n", "c").errors.at(0).to_string(),
              "c:1: a key has more than 16 dotted parts");
    EXPECT_EQ(load_string("[s]\nx = { " + dotted_key(17) + " = 1 }\n", "c").errors.at(0).line, 2);
    EXPECT_EQ(load_string("x = [\n" + std::string(17, '[') + "\n", "c").errors.at(0).to_string(),
              "c:2: values are nested more than 16 deep");
    EXPECT_EQ(load_string("\n\n# " + std::string(5000, 'x') + "\n", "c").errors.at(0).to_string(),
              "c:3: the line is longer than 4096 bytes");
    EXPECT_EQ(load_string(std::string(70'000, '\n'), "c").errors.at(0).to_string(),
              "c: is 70000 bytes; a config file may have at most 65536");
}

// Dots in values, strings and comments are not key parts; a 16-part key is allowed.
TEST(HostileConfig, WhatIsWithinTheBoundsReachesTheParser) {
    const std::string text = "# a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r\n" + dotted_key(16) +
                             " = \"1.2.3.4.5.6.7.8.9.1.2.3.4.5.6.7.8.9\"\n"
                             "x = [1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7.5, 8.5, 9.5, 1.5, 2.5, 3.5,"
                             " 4.5, 5.5, 6.5, 7.5, 8.5]\n"
                             "\"q.u.o.t.e.d.k.e.y.w.i.t.h.d.o.t.s.\" = '''\nmulti.line.\n'''\n";
    const LoadResult result = load_string(text, "c");
    ASSERT_FALSE(result.errors.empty());
    for (const ConfigError& error : result.errors) {
        EXPECT_EQ(error.message.find("bytes"), std::string::npos) << error.to_string();
        EXPECT_EQ(error.message.find("dotted parts"), std::string::npos) << error.to_string();
        EXPECT_TRUE(error.message.starts_with("unknown")) << error.to_string();
    }
}

TEST(HostileConfig, AFifoIsRefusedWithoutBlocking) {
    const TempDir dir;
    const auto fifo = dir / "config.toml";
    ASSERT_EQ(::mkfifo(fifo.c_str(), 0600), 0);
    const LoadResult result = load_file(fifo);  // blocked forever in fopen before the fix
    ASSERT_EQ(result.errors.size(), 1u);
    EXPECT_EQ(result.errors[0].to_string(),
              fifo.string() + ": is a FIFO (named pipe), not a regular file");
}

// /dev/zero was read until the daemon ran out of memory.
TEST(HostileConfig, ADeviceIsRefusedBySayingWhatItIs) {
    EXPECT_EQ(load_file("/dev/zero").errors.at(0).to_string(),
              "/dev/zero: is a character device, not a regular file");
}

TEST(HostileConfig, AFileOverTheLimitIsRefusedBeforeItIsRead) {
    const TempDir dir;
    write_file(dir / "config.toml", std::string(100'000, '#'));
    EXPECT_EQ(load_file(dir / "config.toml").errors.at(0).message,
              "is 100000 bytes; a config file may have at most 65536");
}

// A key holding a newline and an escape sequence forged a log line of its own.
TEST(HostileConfig, ControlCharactersInKeysAndValuesAreEscaped) {
    const std::string text =
        "[sitting]\n\"limit\\n2026-12-04 09:00:00 info: \\u001b[31mforged\" = 1\n"
        "break_after = \"\\u001b]0;title\\u0007\"\n";
    const LoadResult result = load_string(text, "config.toml");
    ASSERT_EQ(result.errors.size(), 2u);
    for (const ConfigError& error : result.errors) {
        const std::string line = error.to_string();
        EXPECT_EQ(line.find('\n'), std::string::npos) << line;
        EXPECT_EQ(line.find('\x1b'), std::string::npos) << line;
        EXPECT_EQ(line.find('\x07'), std::string::npos) << line;
    }
    EXPECT_NE(result.errors[0].to_string().find("limit\\n2026"), std::string::npos);
}

// A 50 000-element value was one error of 50 002 lines (550 KB).
TEST(HostileConfig, AHugeValueMakesAShortError) {
    std::string text = "[sitting]\nlimit = [\n";
    for (int i = 0; i < 20'000; ++i) text += "1,\n";
    text += "]\n";
    const TempDir dir;
    write_file(dir / "c.toml", text);
    const LoadResult result = load_file(dir / "c.toml");
    ASSERT_EQ(result.errors.size(), 1u);
    const std::string line = result.errors[0].to_string();
    EXPECT_LT(line.size(), 200u) << line;
    EXPECT_EQ(line.find('\n'), std::string::npos) << line;
    EXPECT_TRUE(line.ends_with("…")) << line;
}

TEST(HostileConfig, ThousandsOfErrorsAreReportedAsTheFirstTwentyAndACount) {
    std::string text = "[sitting]\n";
    for (int i = 0; i < 1000; ++i) text += "unknown_" + std::to_string(i) + " = 1\n";
    const LoadResult result = load_string(text, "config.toml");
    ASSERT_EQ(result.errors.size(), kMaxErrorsReported + 1);
    EXPECT_EQ(result.errors[0].line, 2);
    EXPECT_EQ(result.errors.back().to_string(), "config.toml: 980 more errors not shown");
}

}  // namespace
}  // namespace sitbreak::config
