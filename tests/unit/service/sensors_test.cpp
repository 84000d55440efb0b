// Issue 12, defect 7 at the service: a sensor that is lost makes the user away and opens
// no prompt; when it is back, input counts again.
#include "service_harness.hpp"

namespace sitbreak::test {
namespace {

TEST_F(ServiceTest, ALostSensorMakesTheUserAwayAndNoPromptComesFromIt) {
    start();
    type_for(minutes{5});
    ASSERT_EQ(state(), core::State::sitting);
    activity_.lost = true;
    inputs_.idle_backend_changed();
    auto now = status();
    EXPECT_EQ(now.engine.state, core::State::away);
    EXPECT_EQ(now.idle_backend, "none");
    EXPECT_EQ(now.idle_problem, "the test lost it");
    clock_.advance(minutes{30});
    EXPECT_TRUE(publisher_.opened.empty());

    activity_.lost = false;
    activity_.touch();
    inputs_.idle_backend_changed();
    EXPECT_EQ(status().idle_problem, "");
    type_for(seconds{5});
    EXPECT_EQ(state(), core::State::sitting);
}

}  // namespace
}  // namespace sitbreak::test
