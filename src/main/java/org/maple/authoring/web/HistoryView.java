package org.maple.authoring.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.maple.authoring.boundary.AuthoringRecords.Published;
import org.maple.authoring.boundary.AuthoringRecords.VersionDiff;
import org.maple.authoring.boundary.AuthoringRecords.VersionRow;
import org.maple.authoring.boundary.PublishService;
import org.maple.platform.web.Pages;

/** A course's versions with notes, the diff between two of them, restoring one as a new version. */
@Named
@ViewScoped
public class HistoryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    PublishService publishing;

    private String code;
    private boolean regrade;
    private List<VersionRow> versions;
    private Integer from;
    private Integer to;
    private VersionDiff diff;
    private String note;

    public void load() {
        if (versions != null) {
            return;
        }
        try {
            versions = publishing.history(code);
            if (versions.size() > 1) {
                to = versions.get(0).versionNo();
                from = versions.get(1).versionNo();
            }
        } catch (RuntimeException e) {
            Pages.notFound(e);
        }
    }

    public void compare() {
        try {
            diff = publishing.diff(code, from == null ? 0 : from, to == null ? 0 : to);
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void restore(int versionNo) {
        try {
            Published p = publishing.restore(code, versionNo, note);
            Pages.info("Version " + versionNo + " restored as version " + p.versionNo() + ".");
            Pages.redirect("/trainer/authoring/history.xhtml?c=" + Pages.url(code));
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public List<Integer> getVersionNumbers() {
        return versions == null ? List.of() : versions.stream().filter(VersionRow::filesKept).map(VersionRow::versionNo).toList();
    }

    public List<VersionRow> getVersions() {
        return versions;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public boolean isRegrade() {
        return regrade;
    }

    public void setRegrade(boolean regrade) {
        this.regrade = regrade;
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public VersionDiff getDiff() {
        return diff;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
