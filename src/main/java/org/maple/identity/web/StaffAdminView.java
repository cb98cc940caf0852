package org.maple.identity.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;

import org.maple.identity.boundary.StaffAdminService;
import org.maple.identity.boundary.StaffAdminService.ImportReport;
import org.maple.identity.boundary.StaffAdminService.StaffListing;
import org.maple.identity.entity.Role;
import org.maple.platform.web.Pages;

/** Admin → Staff: the accounts, creating one, importing a CSV staff list. */
@Named
@ViewScoped
public class StaffAdminView implements Serializable {

    private static final long serialVersionUID = 1L;
    static final long MAX_CSV_BYTES = 2L * 1024 * 1024;

    @Inject
    StaffAdminService service;

    private List<StaffListing> staff;
    private String name;
    private String email;
    private Set<Role> roles = EnumSet.of(Role.LEARNER);
    private String team;
    private LocalDate startDate;
    private String password;
    private transient Part csv;
    private ImportReport report;

    @PostConstruct
    void init() {
        staff = service.list();
    }

    public void create() {
        try {
            service.create(name, email, roles, team, startDate, password);
            Pages.info("Account created for " + email + ".");
            name = email = team = password = null;
            startDate = null;
            staff = service.list();
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public void importCsv() {
        if (csv == null || csv.getSize() == 0) {
            Pages.error("import:csv", "Choose a CSV file to import.");
            return;
        }
        if (csv.getSize() > MAX_CSV_BYTES) {
            Pages.error("import:csv", "The file is larger than 2 MiB: split it.");
            return;
        }
        try (InputStream in = csv.getInputStream()) {
            report = service.importCsv(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            Pages.info(report.imported().size() + " rows imported, " + report.problems().size() + " rows with problems.");
            staff = service.list();
        } catch (IOException e) {
            Pages.error("import:csv", "The file could not be read.");
        } catch (RuntimeException e) {
            Pages.error(e);
        }
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public List<StaffListing> getStaff() {
        return staff;
    }

    public List<String> getTeamNames() {
        return service.teamNames();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public void setRoles(Set<Role> roles) {
        this.roles = roles == null || roles.isEmpty() ? EnumSet.of(Role.LEARNER) : EnumSet.copyOf(roles);
    }

    /** The chosen roles by enum name (plain strings: no converter needed on the page). */
    public List<String> getRoleNames() {
        return roles.stream().map(Role::name).toList();
    }

    public void setRoleNames(List<String> names) {
        EnumSet<Role> set = EnumSet.noneOf(Role.class);
        if (names != null) {
            for (String n : names) {
                for (Role r : Role.values()) {
                    if (r.name().equals(n)) {
                        set.add(r);
                    }
                }
            }
        }
        setRoles(set);
    }

    public List<Role> getRoleList() {
        return List.copyOf(roles);
    }

    public void setRoleList(List<Role> list) {
        setRoles(list == null || list.isEmpty() ? Set.of() : EnumSet.copyOf(list));
    }

    public String getTeam() {
        return team;
    }

    public void setTeam(String team) {
        this.team = team;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Part getCsv() {
        return csv;
    }

    public void setCsv(Part csv) {
        this.csv = csv;
    }

    public ImportReport getReport() {
        return report;
    }
}
