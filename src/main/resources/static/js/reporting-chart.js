// Draws the progress charts from the rollup tables on the page (the CSP allows no inline scripts, so the data
// comes from the table rows' data-* attributes): one stacked bar per group, items counted by status.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  document.querySelectorAll('canvas[data-chart-for]').forEach(function (canvas) {
    var table = document.getElementById(canvas.dataset.chartFor);
    if (!table) {
      return;
    }
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
    var series = [
      ['done', canvas.dataset.done, '#198754'],
      ['ontrack', canvas.dataset.ontrack, '#0d6efd'],
      ['behind', canvas.dataset.behind, '#ffc107'],
      ['notdone', canvas.dataset.notdone, '#dc3545'],
      ['problem', canvas.dataset.problem, '#842029']
    ];
    canvas.height = Math.max(120, rows.length * 34 + 60);
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: rows.map(function (r) { return r.dataset.label; }),
        datasets: series.map(function (s) {
          return {
            label: s[1],
            backgroundColor: s[2],
            data: rows.map(function (r) { return Number(r.dataset[s[0]] || 0); })
          };
        })
      },
      options: {
        indexAxis: 'y',
        animation: false,
        maintainAspectRatio: false,
        responsive: true,
        scales: { x: { stacked: true, ticks: { precision: 0 } }, y: { stacked: true } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  });
});
