package com.keyaccount.portal.customer.ui;

import com.keyaccount.portal.customer.ContactService;
import com.keyaccount.portal.customer.ContractService;
import com.keyaccount.portal.customer.CustomerArchive;
import com.keyaccount.portal.customer.CustomerGradeService;
import com.keyaccount.portal.customer.CustomerHistoryService;
import com.keyaccount.portal.customer.CustomerLifecycleService;
import com.keyaccount.portal.customer.CustomerSheetService;
import com.keyaccount.portal.customer.CustomerSurveyService;
import com.keyaccount.portal.customer.CustomerVariant;
import com.keyaccount.portal.customer.FollowUpService;
import com.keyaccount.portal.customer.MonthlySaleService;
import java.time.ZoneId;
import org.springframework.stereotype.Component;

/**
 * The parts of an archive page beyond its basic data, one per service: lifecycle, contacts, follow-ups, the
 * information sheet of its variant (002 八 法人 / 九 自然人), monthly sales, grades, contracts and the change history.
 * Keeps the archive view's constructor to the archive itself.
 */
@Component
class ArchiveParts {

    private final CustomerLifecycleService lifecycle;
    private final CustomerSurveyService surveys;
    private final ContactService contacts;
    private final FollowUpService followUps;
    private final CustomerSheetService sheets;
    private final MonthlySaleService sales;
    private final CustomerGradeService grades;
    private final ContractService contracts;
    private final CustomerHistoryService history;
    private final ZoneId zone;

    ArchiveParts(CustomerLifecycleService lifecycle, CustomerSurveyService surveys, ContactService contacts,
            FollowUpService followUps, CustomerSheetService sheets, MonthlySaleService sales,
            CustomerGradeService grades, ContractService contracts, CustomerHistoryService history,
            ZoneId businessZone) {
        this.lifecycle = lifecycle;
        this.surveys = surveys;
        this.contacts = contacts;
        this.followUps = followUps;
        this.sheets = sheets;
        this.sales = sales;
        this.grades = grades;
        this.contracts = contracts;
        this.history = history;
        this.zone = businessZone;
    }

    LifecyclePanel lifecyclePanel(CustomerArchive archive) {
        return new LifecyclePanel(lifecycle, surveys, archive.id());
    }

    /** Adds the tabs after 基本资料, in the order of the paper archive. */
    void mount(CustomerArchiveView view, CustomerArchive archive) {
        long id = archive.id();
        view.addTab("customer.tab.contacts", new ContactsTab(contacts, id, archive.permissions()));
        view.addTab("customer.tab.followUps", new FollowUpsTab(followUps, contacts, id, archive.permissions()));
        if (archive.variant() == CustomerVariant.NATURAL_PERSON) {
            view.addTab("customer.tab.naturalSheet", new NaturalPersonSheetTab(sheets, id, archive.permissions()));
        } else {
            view.addTab("customer.tab.legalSheet", new LegalPersonSheetTab(sheets, id, archive.permissions()));
        }
        view.addTab("customer.tab.sales", new SalesTab(sales, id, archive.permissions()));
        view.addTab("customer.tab.grades", new GradePanel(grades, id, archive.permissions()));
        ContractsTab contractsTab = new ContractsTab(contracts, id, archive.permissions());
        // signed contracts on file allow the code: the lifecycle panel shows its button without a reload
        contractsTab.onChange(view.lifecycle::refresh);
        view.addTab("customer.tab.contracts", contractsTab);
        view.addTab("customer.tab.history", new CustomerHistoryTab(history, id, zone));
    }
}
