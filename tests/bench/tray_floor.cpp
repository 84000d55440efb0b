// The floor the tray's footprint is measured against (DESIGN §12): a wx application with
// one wxTaskBarIcon showing a drawn icon and nothing else, built with the same flags and
// libraries as sitbreak-tray. Whatever sitbreak-tray costs above this is its own.
#include <wx/dcmemory.h>
#include <wx/taskbar.h>
#include <wx/wx.h>

namespace {

class FloorApp : public wxApp {
public:
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
