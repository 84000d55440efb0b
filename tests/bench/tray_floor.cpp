// The floor the tray's footprint is measured against (DESIGN §12): a wx application with
// one wxTaskBarIcon showing a drawn icon and nothing else, built with the same flags and
// libraries as sitbreak-tray. Whatever sitbreak-tray costs above this is its own.
#include <wx/dcmemory.h>
#include <wx/taskbar.h>
#include <wx/wx.h>

#include <clocale>

namespace {

class FloorApp : public wxApp {
public:
    // In the session's locale, as sitbreak-tray and any program that speaks the user's
    // language: wx keeps GTK from setting it, so a bare wx program would stay in C and leave
    // out what a German session costs everyone (glibc's locale data, GLib's and GTK's own
    // catalogues). Under C this changes nothing.
    FloorApp() { std::setlocale(LC_ALL, ""); }

    bool OnInit() override {
        wxBitmap bitmap(22, 22);
        {
            wxMemoryDC dc(bitmap);
            dc.SetBackground(*wxWHITE_BRUSH);
            dc.Clear();
            dc.SetBrush(*wxGREEN_BRUSH);
            dc.DrawCircle(11, 11, 9);
        }
        wxIcon icon;
        icon.CopyFromBitmap(bitmap);
        icon_ = new wxTaskBarIcon();
        icon_->SetIcon(icon, "tray floor");
        return true;
    }

    int OnExit() override {
        icon_->RemoveIcon();
        delete icon_;
        return wxApp::OnExit();
    }

private:
    wxTaskBarIcon* icon_{nullptr};
};

}  // namespace

wxIMPLEMENT_APP(FloorApp);
