/* A typist for KWin: presses and releases a key through org_kde_kwin_fake_input every
 * `interval_ms` until killed, the way KWin's own tools inject input. Needs
 * KWIN_WAYLAND_NO_PERMISSION_CHECKS=1 in the compositor's environment.
 * Usage: kwin-typist INTERVAL_MS */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wayland-client.h>

#include "fake-input-client-protocol.h"

static struct org_kde_kwin_fake_input* fake_input;

static void global(void* data, struct wl_registry* registry, uint32_t name, const char* interface,
                   uint32_t version) {
    (void)data;
    if (strcmp(interface, org_kde_kwin_fake_input_interface.name) == 0 && version >= 4) {
        fake_input = wl_registry_bind(registry, name, &org_kde_kwin_fake_input_interface, 4);
    }
}

static void global_remove(void* data, struct wl_registry* registry, uint32_t name) {
    (void)data;
    (void)registry;
    (void)name;
}

static const struct wl_registry_listener listener = {global, global_remove};

int main(int argc, char** argv) {
    const long interval_ms = argc > 1 ? strtol(argv[1], NULL, 10) : 300;
    struct wl_display* display = wl_display_connect(NULL);
    if (!display) {
        fprintf(stderr, "kwin-typist: cannot connect to the Wayland compositor\n");
        return 1;
    }
    struct wl_registry* registry = wl_display_get_registry(display);
    wl_registry_add_listener(registry, &listener, NULL);
    wl_display_roundtrip(display);
    if (!fake_input) {
        fprintf(stderr, "kwin-typist: the compositor offers no org_kde_kwin_fake_input v4\n");
        return 1;
    }
    org_kde_kwin_fake_input_authenticate(fake_input, "sitbreak tests", "typing for a test");
    const struct timespec pause = {interval_ms / 1000, (interval_ms % 1000) * 1000000L};
    const uint32_t key_shift = 42; /* evdev KEY_LEFTSHIFT: types nothing anywhere */
    for (;;) {
        org_kde_kwin_fake_input_keyboard_key(fake_input, key_shift, 1);
        org_kde_kwin_fake_input_keyboard_key(fake_input, key_shift, 0);
        if (wl_display_roundtrip(display) < 0) return 0; /* the compositor went */
        nanosleep(&pause, NULL);
    }
}
